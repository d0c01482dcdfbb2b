/// Turns a tree of ``FlowNode``s into one DAG over task indices, checking every rule of
/// DESIGN.md "Rules in the corners" → Flows on the way.
///
/// Tasks are numbered depth first, in listing order — the order of `FlowMetadata.tasks`.
/// Nested flows flatten into their parent's DAG: each pattern joins its children's
/// ``Fragment``s (see `FlowCompiler+Linear.swift`, `+Unordered`, `+Graph`). Building costs
/// O(V + E) dictionary operations, plus the edges a linear flow adds between two concurrent
/// children (sinks × sources).
struct FlowCompiler<State: Sendable, Context: Sendable> {
    /// The result of compiling a flow.
    struct Output {
        var tasks: [FlowTask<State, Context>]
        var graph: TaskGraph
        var outputs: [String]
    }

    /// Symbols the run is given: they satisfy requirements nothing inside provides.
    let inputs: Set<String>
    /// Every task, in depth-first listing order.
    private(set) var tasks: [FlowTask<State, Context>] = []
    /// Edges found so far, as parallel arrays (`from[k] → to[k]`).
    private(set) var edgeSources: [Int] = []
    private(set) var edgeTargets: [Int] = []

    /// Compiles `root` for a run given `inputs` (required and optional alike).
    /// - Throws: The first ``FlowDefinitionError`` found.
    static func compile(
        _ root: FlowNode<State, Context>, inputs: [String]
    ) throws(FlowDefinitionError) -> Output {
        var compiler = FlowCompiler(inputs: Set(inputs))
        try compiler.collectTasks(root)
        try compiler.checkUniqueNames()
        var next = 0
        let fragment = try compiler.compile(root, next: &next)
        for symbol in fragment.requires.symbols where !compiler.inputs.contains(symbol) {
            throw .missingRequirement(symbol: symbol, consumers: compiler.names(fragment.requires[symbol] ?? []))
        }
        let graph = try TaskGraph(
            taskCount: compiler.tasks.count,
            edgeSources: compiler.edgeSources,
            edgeTargets: compiler.edgeTargets,
            names: { compiler.tasks[$0].name }
        )
        return Output(tasks: compiler.tasks, graph: graph, outputs: compiler.providedSymbols())
    }

    // MARK: - Walking the tree

    /// Collects every task, depth first, so indices are known before any rule is checked.
    private mutating func collectTasks(_ node: FlowNode<State, Context>) throws(FlowDefinitionError) {
        switch node {
        case .task(let task):
            tasks.append(task)
        case .flow(let name, let pattern, let links, let children):
            if pattern != .graph, !links.isEmpty { throw .linkOutsideGraph(flow: name) }
            for child in children { try collectTasks(child) }
        }
    }

    private func checkUniqueNames() throws(FlowDefinitionError) {
        var seen = Set<String>(minimumCapacity: tasks.count)
        for task in tasks where !seen.insert(task.name).inserted {
            throw .duplicateTaskName(task.name)
        }
    }

    /// Compiles one node; `next` is the index of the next task in depth-first order.
    private mutating func compile(
        _ node: FlowNode<State, Context>, next: inout Int
    ) throws(FlowDefinitionError) -> Fragment {
        switch node {
        case .task(let task):
            defer { next += 1 }
            return Fragment(task: next, task.metadata)
        case .flow(let name, let pattern, let links, let children):
            var fragments: [Fragment] = []
            fragments.reserveCapacity(children.count)
            for child in children { fragments.append(try compile(child, next: &next)) }
            switch pattern {
            case .linear: return try linear(name, fragments)
            case .unordered: return try unordered(name, fragments)
            case .graph: return try graph(name, links: links, fragments)
            }
        }
    }

    // MARK: - Helpers for the patterns

    /// Adds an edge: `to` starts only after `from` succeeded.
    mutating func addEdge(from: Int, to: Int) {
        edgeSources.append(from)
        edgeTargets.append(to)
    }

    /// The names of the tasks at `indices`, for messages.
    func names(_ indices: [Int]) -> [String] {
        indices.map { tasks[$0].name }
    }

    /// Every symbol some task provides, in task order, each once.
    private func providedSymbols() -> [String] {
        var seen = Set<String>()
        var symbols: [String] = []
        for task in tasks {
            for symbol in task.metadata.provides where seen.insert(symbol).inserted {
                symbols.append(symbol)
            }
        }
        return symbols
    }
}
