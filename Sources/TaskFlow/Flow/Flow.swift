/// A flow ready to run: its tasks, compiled once into a DAG over task indices.
///
/// Generated code builds a flow with ``init(metadata:root:)``; a flow written by hand uses
/// ``init(inputs:optionalInputs:root:)``, which reports every problem as a
/// ``FlowDefinitionError``. Building resolves every symbol and child name to indices, so a run
/// schedules by integers only. A flow is an immutable value: build it once, run it many times,
/// from any number of tasks at once.
///
/// Building costs O(V + E) for V tasks and E edges.
public struct Flow<State: Sendable, Context: Sendable>: Sendable {
    /// The name of the flow (the root node's name).
    public let name: String
    /// The pattern of the root node; a flow whose root is a single task counts as linear.
    public let pattern: FlowPattern
    /// Every task, depth first in listing order — the order of `FlowMetadata.tasks`.
    public let tasks: [FlowTask<State, Context>]
    /// Symbols a run must be given.
    public let inputs: [String]
    /// Symbols a run may be given.
    public let optionalInputs: [String]
    /// Every symbol some task provides, in task order.
    public let outputs: [String]
    /// The flow's version, recorded in a durable run's journal: only the same major version
    /// resumes the run. From ``FlowMetadata/version`` for a generated flow; `1.0` unless set
    /// for a flow built by hand.
    public var version: TaskVersion = .initial

    /// The order of the tasks.
    @usableFromInline let graph: TaskGraph
    /// Each task's name, by index: what events and failures report.
    @usableFromInline let names: [String]
    /// Each task's execute adapter, by index: the per-task path reads only this array.
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]

    /// Builds a flow that was written by hand, checking it.
    ///
    /// The rules are those the generator applies at build time (`Docs/Annotations.md`,
    /// "Flows"): unique task names; every requirement provided by an earlier task or an input;
    /// linear — no requirement provided only later (unless an input supplies it), a second
    /// provider only as a transform that also requires the symbol; unordered — no child
    /// consuming or re-providing a sibling's output; graph — one provider per symbol, no child
    /// requiring its own output (unless it is an input), links naming children, no cycle.
    /// Optional requirements never make a flow invalid.
    /// - Parameters:
    ///   - inputs: Symbols every run is given.
    ///   - optionalInputs: Symbols a run may be given.
    ///   - root: The flow's structure.
    /// - Throws: ``FlowDefinitionError`` naming the tasks and symbols of the first problem found.
    @inlinable
    public init(
        inputs: [String], optionalInputs: [String] = [], root: FlowNode<State, Context>
    ) throws(FlowDefinitionError) {
        // Inlinable, so the one generic pass over the tasks is specialized for the flow's
        // state where the flow is built: copying a task is then a few retains, not a trip
        // through its type's value witnesses.
        let count = root.minimumTaskCount
        var tasks: [FlowTask<State, Context>] = []
        tasks.reserveCapacity(count)
        var executes: [ExecuteAdapter<State, Context>] = []
        executes.reserveCapacity(count)
        var compiler = FlowCompiler(inputs: inputs + optionalInputs, taskCount: count)
        let top = try Self.collect(root, tasks: &tasks, executes: &executes, compiler: &compiler)
        let compiled = try compiler.compile(root: top)
        self.name = root.name
        if case .flow(_, let pattern, _, _) = root { self.pattern = pattern } else { self.pattern = .linear }
        self.tasks = tasks
        self.inputs = inputs
        self.optionalInputs = optionalInputs
        self.outputs = compiled.outputs
        self.graph = compiled.graph
        self.names = compiler.names
        self.executes = executes
    }

    /// Builds a flow the generator has already checked.
    ///
    /// Generated `makeFlow()` functions call this. The checks of
    /// ``init(inputs:optionalInputs:root:)`` still run; a problem here is a generator bug, so
    /// it stops the program with the problem's message instead of throwing.
    /// - Parameters:
    ///   - metadata: The flow's generated metadata; its name, version, inputs and optional inputs
    ///     are used.
    ///   - root: The flow's structure.
    @inlinable
    public init(metadata: FlowMetadata, root: FlowNode<State, Context>) {
        do {
            try self.init(inputs: metadata.inputs, optionalInputs: metadata.optionalInputs, root: root)
            version = metadata.version
        } catch {
            preconditionFailure("generated flow '\(metadata.name)' is invalid: \(error) (a taskflow-gen bug)")
        }
    }

    // MARK: - Walking the tree

    /// Appends the tasks of `node` to `tasks` and their adapters to `executes`, depth first in
    /// listing order, and records its structure in `compiler`.
    ///
    /// The only generic pass: each task is copied once, into `tasks`; the compiler keeps its
    /// name and interned symbols.
    /// - Throws: ``FlowDefinitionError/linkOutsideGraph(flow:)`` for links outside a graph flow.
    @inlinable
    static func collect(
        _ node: FlowNode<State, Context>,
        tasks: inout [FlowTask<State, Context>],
        executes: inout [ExecuteAdapter<State, Context>],
        compiler: inout FlowCompiler
    ) throws(FlowDefinitionError) -> FlowCompiler.Child {
        switch node {
        case .task(let task):
            let child = compiler.addTask(task.metadata)
            executes.append(ExecuteAdapter(task))
            // The last use of `task`: appending moves it instead of copying it once more.
            tasks.append(task)
            return child
        case .flow(let name, let pattern, let links, let children):
            if pattern != .graph, !links.isEmpty { throw .linkOutsideGraph(flow: name) }
            let first = compiler.taskCount
            var members: [FlowCompiler.Child] = []
            members.reserveCapacity(children.count)
            for child in children {
                members.append(try collect(child, tasks: &tasks, executes: &executes, compiler: &compiler))
            }
            return compiler.addFlow(
                name: name, pattern: pattern, links: links, children: members, tasks: first..<compiler.taskCount
            )
        }
    }
}
