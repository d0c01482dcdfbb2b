/// Turns a flow's node tree into one DAG over task indices, checking on the way every rule
/// the generator checks for flows (`Docs/Annotations.md`, "Flows").
///
/// Two stages. While `Flow` walks its generic node tree, the compiler records each task
/// (``addTask(_:)``) and nested flow (``addFlow(name:pattern:links:children:tasks:)``), numbering
/// tasks depth first in listing order — the order of `FlowMetadata.tasks` — and interning every
/// symbol to a dense integer (a ``StringTable``). ``compile(root:)`` checks the names, then joins
/// the tree bottom up: each pattern turns its children's ``Fragment``s into its own (see
/// `FlowCompiler+Linear.swift`, `+Unordered`, `+Graph`), looking symbols up by integer in a
/// ``SymbolScratch``: after the names check, no string is hashed. The compiler reads only names and symbols, so
/// it is not generic over a flow's state.
///
/// Building costs O(V + E) array operations, one hash per task name and per symbol a task
/// lists, plus the edges a linear flow adds between two concurrent children (sinks × sources).
/// Its memory is a few dozen bytes per task and per symbol use, besides the flow itself.
@usableFromInline
struct FlowCompiler {
    /// The result of compiling a flow.
    @usableFromInline
    struct Output {
        @usableFromInline var graph: TaskGraph
        @usableFromInline var outputs: [String]
    }

    /// A child of a flow: a task, or a nested flow, by index.
    @usableFromInline
    enum Child {
        case task(Int)
        case flow(Int)
    }

    /// A nested flow (or the root flow), as recorded during the walk.
    struct NestedFlow {
        var name: String
        var pattern: FlowPattern
        var links: [FlowLink]
        var children: [Child]
        /// The flow's tasks: depth-first numbering makes them contiguous.
        var tasks: Range<Int>
    }

    // The arenas hold 32-bit integers: building touches every byte of them once, fresh from
    // the allocator, so halving them saves time as well as memory.

    /// A symbol some task of a fragment provides, and the task whose value a later consumer reads.
    struct Provision {
        private var storedSymbol: Int32
        private var storedTask: Int32
        /// Whether the fragment also requires the symbol from outside: a transform, in a linear flow.
        var alsoRequired: Bool

        init(symbol: Int, task: Int, alsoRequired: Bool) {
            storedSymbol = Int32(symbol)
            storedTask = Int32(task)
            self.alsoRequired = alsoRequired
        }

        var symbol: Int { Int(storedSymbol) }
        var task: Int {
            get { Int(storedTask) }
            set { storedTask = Int32(newValue) }
        }
    }

    /// A symbol some task of a fragment requires (or reads if present), and that task.
    struct Use {
        private var storedSymbol: Int32
        private var storedTask: Int32

        init(symbol: Int, task: Int) {
            storedSymbol = Int32(symbol)
            storedTask = Int32(task)
        }

        var symbol: Int { Int(storedSymbol) }
        var task: Int { Int(storedTask) }
    }

    /// Every task's name, in depth-first listing order.
    @usableFromInline private(set) var names: [String] = []
    /// Every symbol, by its integer; the inputs come first.
    private var symbols = StringTable()
    /// Symbols below this integer are inputs of the run (required or optional).
    private var inputCount = 0
    /// Every nested flow, each after its own nested flows.
    private(set) var flows: [NestedFlow] = []

    // MARK: Arenas
    // Fragments are ranges of these arrays, which only grow. The walk fills them with each
    // task's entries first, so a task's fragment is a range of them; each pattern appends its
    // flow's entries after its children's.

    /// Sources and sinks (read with ``endpoint(_:)``). Entry `i` is task `i`: a task is its own
    /// source and sink.
    private var endpoints: [Int32] = []
    private(set) var provisions: [Provision] = []
    private(set) var requirements: [Use] = []
    private(set) var optionals: [Use] = []
    /// Where task `i`'s entries start in each arena; the last element closes the last task.
    private var taskProvisions: [Int32] = [0]
    private var taskRequirements: [Int32] = [0]
    private var taskOptionals: [Int32] = [0]
    /// The fragment of each nested flow, by index into ``flows``, once it is compiled.
    private var fragments: [Fragment] = []

    /// What the pattern being joined knows about each symbol.
    var scratch = SymbolScratch(symbolCount: 0)
    /// Edges found so far, as parallel arrays (`from[k] → to[k]`).
    private var edgeSources: [Int32] = []
    private var edgeTargets: [Int32] = []

    /// A compiler for a run given `inputs` (required and optional alike), with room for
    /// `taskCount` tasks.
    @usableFromInline
    init(inputs: [String], taskCount: Int) {
        names.reserveCapacity(taskCount)
        endpoints.reserveCapacity(taskCount)
        provisions.reserveCapacity(taskCount)
        requirements.reserveCapacity(taskCount)
        taskProvisions.reserveCapacity(taskCount + 1)
        taskRequirements.reserveCapacity(taskCount + 1)
        taskOptionals.reserveCapacity(taskCount + 1)
        for input in inputs { _ = symbols.insert(input) }
        inputCount = symbols.strings.count
    }

    /// The number of tasks recorded so far.
    @usableFromInline
    var taskCount: Int { names.count }

    // MARK: - Recording the tree

    /// Records the next task in depth-first order, interning its symbols.
    @usableFromInline
    mutating func addTask(_ metadata: TaskMetadata) -> Child {
        let task = names.count
        names.append(metadata.name)
        endpoints.append(Int32(task))
        // A symbol a task lists twice among its requirements counts once, as it always has in
        // messages naming a task's consumers; one listed twice among its outputs stays twice,
        // so providing it a second time is still the error it always was.
        let firstRequirement = requirements.count
        for symbol in metadata.requires {
            let id = intern(symbol)
            if !requirements[firstRequirement...].contains(where: { $0.symbol == id }) {
                requirements.append(Use(symbol: id, task: task))
            }
        }
        let firstOptional = optionals.count
        for symbol in metadata.optional {
            let id = intern(symbol)
            if !optionals[firstOptional...].contains(where: { $0.symbol == id }) {
                optionals.append(Use(symbol: id, task: task))
            }
        }
        for symbol in metadata.provides {
            let id = intern(symbol)
            let alsoRequired = requirements[firstRequirement...].contains { $0.symbol == id }
            provisions.append(Provision(symbol: id, task: task, alsoRequired: alsoRequired))
        }
        taskRequirements.append(Int32(requirements.count))
        taskOptionals.append(Int32(optionals.count))
        taskProvisions.append(Int32(provisions.count))
        return .task(task)
    }

    /// Records a nested flow whose children were recorded already.
    @usableFromInline
    mutating func addFlow(
        name: String, pattern: FlowPattern, links: [FlowLink], children: [Child], tasks: Range<Int>
    ) -> Child {
        flows.append(NestedFlow(name: name, pattern: pattern, links: links, children: children, tasks: tasks))
        return .flow(flows.count - 1)
    }

    /// The integer of `symbol`, assigning the next one if it is new.
    private mutating func intern(_ symbol: String) -> Int {
        symbols.insert(symbol).number
    }

    // MARK: - Compiling

    /// Compiles the recorded tree whose root is `root`.
    /// - Throws: The first ``FlowDefinitionError`` found.
    @usableFromInline
    mutating func compile(root: Child) throws(FlowDefinitionError) -> Output {
        try checkUniqueNames()
        scratch = SymbolScratch(symbolCount: symbols.strings.count)
        fragments = Array(repeating: Fragment(), count: flows.count)
        let fragment = try compile(root)
        let required = requirements[fragment.requirements]
        if let missing = required.first(where: { !isInput($0.symbol) }) {
            throw .missingRequirement(symbol: symbolName(missing.symbol), consumers: consumers(of: missing.symbol, in: fragment))
        }
        let names = self.names
        let graph = try TaskGraph(
            taskCount: names.count, edgeSources: edgeSources, edgeTargets: edgeTargets, names: { names[$0] }
        )
        // Every provided symbol, each once, in the order tasks first provide it.
        var seen = [Bool](repeating: false, count: symbols.strings.count)
        var outputs: [String] = []
        for provision in provisions[fragment.provisions] where !seen[provision.symbol] {
            seen[provision.symbol] = true
            outputs.append(symbolName(provision.symbol))
        }
        return Output(graph: graph, outputs: outputs)
    }

    /// Checks that no two tasks have the same name.
    ///
    /// A loop of its own rather than a step of the walk: each look-up is likely a cache miss,
    /// and in a short loop the processor has several of them in flight at once.
    private func checkUniqueNames() throws(FlowDefinitionError) {
        var seen = StringTable(capacity: names.count)
        for name in names where !seen.insert(name).inserted {
            throw .duplicateTaskName(name)
        }
    }

    /// Compiles `child`: a task's fragment is ready made; a nested flow is joined by its pattern.
    private mutating func compile(_ child: Child) throws(FlowDefinitionError) -> Fragment {
        guard case .flow(let flow) = child else { return fragment(of: child) }
        let fragment = switch flows[flow].pattern {
        case .linear: try linear(flows[flow])
        case .unordered: try unordered(flows[flow])
        case .graph: try graph(flows[flow])
        }
        fragments[flow] = fragment
        return fragment
    }

    /// Compiles the nested flows among `children`, in order, stopping at the first invalid one.
    /// - Returns: The error of the first invalid one and how many children precede it, or
    ///   `nil` and the number of children.
    mutating func compileNested(_ children: [Child]) -> (compiled: Int, failure: FlowDefinitionError?) {
        for index in children.indices {
            guard case .flow = children[index] else { continue }
            do throws(FlowDefinitionError) {
                _ = try compile(children[index])
            } catch {
                return (index, error)
            }
        }
        return (children.count, nil)
    }

    // MARK: - Helpers for the patterns

    /// The fragment of `child`; a nested flow must be compiled already.
    func fragment(of child: Child) -> Fragment {
        switch child {
        case .task(let task):
            Fragment(
                sources: task..<task + 1, sinks: task..<task + 1,
                provisions: Int(taskProvisions[task])..<Int(taskProvisions[task + 1]),
                requirements: Int(taskRequirements[task])..<Int(taskRequirements[task + 1]),
                optionals: Int(taskOptionals[task])..<Int(taskOptionals[task + 1])
            )
        case .flow(let flow):
            fragments[flow]
        }
    }

    /// Appends the provisions of `children` to the fragment being built, recording in
    /// `scratch` which child (`child`) and which task (`provider`) provide each symbol.
    /// - Parameter conflict: The error for a symbol two children provide, given the symbol and
    ///   the two tasks providing it.
    /// - Throws: The error `conflict` makes for the first such symbol.
    mutating func collectProvisions(
        of children: [Child], conflict: (_ symbol: String, _ providers: [String]) -> FlowDefinitionError
    ) throws(FlowDefinitionError) {
        for index in children.indices {
            for position in fragment(of: children[index]).provisions {
                let provision = provisions[position]
                let earlier = scratch[provision.symbol].provision
                if earlier >= 0 {
                    let providers = [names[provisions[earlier].task], names[provision.task]]
                    throw conflict(symbolName(provision.symbol), providers)
                }
                scratch[provision.symbol].child = index
                appendProvision(symbol: provision.symbol, task: provision.task)
            }
        }
    }

    /// The task name or nested flow name of `child`, for links.
    func childName(_ child: Child) -> String {
        switch child {
        case .task(let task): names[task]
        case .flow(let flow): flows[flow].name
        }
    }

    /// Whether a run is given `symbol` as an input.
    func isInput(_ symbol: Int) -> Bool {
        symbol < inputCount
    }

    /// The name of `symbol`, for messages.
    func symbolName(_ symbol: Int) -> String {
        symbols.strings[symbol]
    }

    /// The names of the tasks of `fragment` that require `symbol`, for messages.
    func consumers(of symbol: Int, in fragment: Fragment) -> [String] {
        requirements[fragment.requirements].filter { $0.symbol == symbol }.map { names[$0.task] }
    }

    /// Adds an edge: `to` starts only after `from` succeeded.
    mutating func addEdge(from: Int, to: Int) {
        edgeSources.append(Int32(from))
        edgeTargets.append(Int32(to))
    }

    /// Where the next entries of each arena go: the start of the fragment a pattern builds.
    struct Mark {
        var endpoints: Int
        var provisions: Int
        var requirements: Int
        var optionals: Int
    }

    /// The current ends of the arenas.
    var mark: Mark {
        Mark(
            endpoints: endpoints.count, provisions: provisions.count,
            requirements: requirements.count, optionals: optionals.count
        )
    }

    /// The task at `position` of the sources and sinks of the fragments.
    func endpoint(_ position: Int) -> Int {
        Int(endpoints[position])
    }

    /// Appends a source or sink of the fragment being built.
    mutating func appendEndpoint(_ task: Int) {
        endpoints.append(Int32(task))
    }

    /// Appends a provision of the fragment being built, recording where it is in ``scratch``.
    mutating func appendProvision(symbol: Int, task: Int) {
        scratch[symbol].provision = provisions.count
        scratch[symbol].provider = task
        provisions.append(Provision(symbol: symbol, task: task, alsoRequired: false))
    }

    /// Makes `task` the provider of the fragment's provision at `position` (a linear transform).
    mutating func replaceProvider(at position: Int, with task: Int) {
        provisions[position].task = task
        scratch[provisions[position].symbol].provider = task
    }

    /// Appends a requirement of the fragment being built, recording it in ``scratch``.
    mutating func appendRequirement(_ use: Use) {
        scratch[use.symbol].required = true
        requirements.append(use)
    }

    /// Appends an optional requirement of the fragment being built.
    mutating func appendOptional(_ use: Use) {
        optionals.append(use)
    }

    /// The fragment a pattern built since `mark`, its provisions flagged with what it also requires.
    mutating func finish(from mark: Mark, sources: Range<Int>, sinks: Range<Int>) -> Fragment {
        for position in mark.provisions..<provisions.count {
            provisions[position].alsoRequired = scratch[provisions[position].symbol].required
        }
        return Fragment(
            sources: sources, sinks: sinks,
            provisions: mark.provisions..<provisions.count,
            requirements: mark.requirements..<requirements.count,
            optionals: mark.optionals..<optionals.count
        )
    }

    /// Clears what a pattern recorded in ``scratch`` since `mark`: every symbol it set is one
    /// its fragment provides or requires.
    mutating func clearScratch(since mark: Mark) {
        for position in mark.provisions..<provisions.count { scratch.clear(provisions[position].symbol) }
        for position in mark.requirements..<requirements.count { scratch.clear(requirements[position].symbol) }
    }
}
