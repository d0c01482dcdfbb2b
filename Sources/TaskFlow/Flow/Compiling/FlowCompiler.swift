/// Turns a flow's ``FlowShape`` into one DAG over task indices, checking every rule of
/// DESIGN.md "Rules in the corners" → Flows on the way.
///
/// Tasks are numbered depth first, in listing order — the order of `FlowMetadata.tasks`. The
/// compiler reads only names and symbols, so it is not generic over a flow's state.
/// Nested flows flatten into their parent's DAG: each pattern joins its children's
/// ``Fragment``s (see `FlowCompiler+Linear.swift`, `+Unordered`, `+Graph`). Building costs
/// O(V + E) dictionary operations, plus the edges a linear flow adds between two concurrent
/// children (sinks × sources).
struct FlowCompiler {
    /// The result of compiling a flow.
    struct Output {
        var graph: TaskGraph
        var outputs: [String]
    }

    /// Symbols the run is given: they satisfy requirements nothing inside provides.
    let inputs: Set<String>
    /// Every task's name, in depth-first listing order.
    let names: [String]
    /// Edges found so far, as parallel arrays (`from[k] → to[k]`).
    private(set) var edgeSources: [Int] = []
    private(set) var edgeTargets: [Int] = []

    /// Compiles `root`, whose tasks are named `names`, for a run given `inputs` (required and
    /// optional alike).
    /// - Throws: The first ``FlowDefinitionError`` found.
    static func compile(
        _ root: FlowShape, names: [String], inputs: [String]
    ) throws(FlowDefinitionError) -> Output {
        var compiler = FlowCompiler(inputs: Set(inputs), names: names)
        try compiler.checkUniqueNames()
        var next = 0
        let fragment = try compiler.compile(root, next: &next)
        for symbol in fragment.requires.symbols where !compiler.inputs.contains(symbol) {
            throw .missingRequirement(symbol: symbol, consumers: compiler.names(fragment.requires[symbol] ?? []))
        }
        let graph = try TaskGraph(
            taskCount: compiler.names.count,
            edgeSources: compiler.edgeSources,
            edgeTargets: compiler.edgeTargets,
            names: { compiler.names[$0] }
        )
        // Every provided symbol, each once, in the order tasks first provide it.
        return Output(graph: graph, outputs: fragment.provides.uniqueSymbols)
    }

    // MARK: - Walking the tree

    private func checkUniqueNames() throws(FlowDefinitionError) {
        var seen = Set<String>(minimumCapacity: names.count)
        for name in names where !seen.insert(name).inserted {
            throw .duplicateTaskName(name)
        }
    }

    /// Compiles one node; `next` is the index of the next task in depth-first order.
    mutating func compile(_ node: FlowShape, next: inout Int) throws(FlowDefinitionError) -> Fragment {
        switch node {
        case .task(let name, let requires, let provides, let optional):
            defer { next += 1 }
            return Fragment(task: next, name: name, requires: requires, provides: provides, optional: optional)
        case .flow(let name, .linear, _, let children):
            // Linear flows fold each child in as soon as it is compiled.
            return try linear(name, children, next: &next)
        case .flow(let name, let pattern, let links, let children):
            // Unordered and graph flows check each child against all the others.
            let first = next
            var fragments: [Fragment] = []
            fragments.reserveCapacity(children.count)
            for child in children { fragments.append(try compile(child, next: &next)) }
            if pattern == .graph {
                return try graph(name, links: links, fragments, tasks: first..<next)
            }
            return try unordered(name, fragments)
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
        indices.map { names[$0] }
    }
}
