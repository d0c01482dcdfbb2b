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

    /// The order of the tasks.
    @usableFromInline let graph: TaskGraph
    /// Each task's name, by index: what events and failures report.
    @usableFromInline let names: [String]
    /// Each task's execute adapter, by index: the per-task path reads only this array.
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]

    /// Builds a flow that was written by hand, checking it.
    ///
    /// The rules are those the generator applies at build time (DESIGN.md "Rules in the
    /// corners"): unique task names; every requirement provided by an earlier task or an input;
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
    public init(
        inputs: [String], optionalInputs: [String] = [], root: FlowNode<State, Context>
    ) throws(FlowDefinitionError) {
        var tasks: [FlowTask<State, Context>] = []
        let shape = try FlowShape(root, collecting: &tasks)
        let names = tasks.map { $0.metadata.name }
        let compiled = try FlowCompiler.compile(shape, names: names, inputs: inputs + optionalInputs)
        self.name = root.name
        if case .flow(_, let pattern, _, _) = root { self.pattern = pattern } else { self.pattern = .linear }
        self.tasks = tasks
        self.inputs = inputs
        self.optionalInputs = optionalInputs
        self.outputs = compiled.outputs
        self.graph = compiled.graph
        self.names = names
        self.executes = tasks.map { ExecuteAdapter($0) }
    }

    /// Builds a flow the generator has already checked.
    ///
    /// Generated `makeFlow()` functions call this. The checks of
    /// ``init(inputs:optionalInputs:root:)`` still run; a problem here is a generator bug, so
    /// it stops the program with the problem's message instead of throwing.
    /// - Parameters:
    ///   - metadata: The flow's generated metadata; its name, inputs and optional inputs are used.
    ///   - root: The flow's structure.
    public init(metadata: FlowMetadata, root: FlowNode<State, Context>) {
        do {
            try self.init(inputs: metadata.inputs, optionalInputs: metadata.optionalInputs, root: root)
        } catch {
            preconditionFailure("generated flow '\(metadata.name)' is invalid: \(error) (a taskflow-gen bug)")
        }
    }
}
