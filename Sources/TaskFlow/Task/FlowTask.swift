/// A task of a flow: its metadata and the adapters that run and undo it.
///
/// Adapters are the seam between the engine and the user's functions. Generated code writes one
/// per task: it reads the task's arguments from the ``FlowStore``, calls the function, and
/// writes the result back (see `Docs/GeneratedCode.md`).
public struct FlowTask<State: Sendable, Context: Sendable>: Sendable {
    /// Runs the task: reads arguments from the store, calls the task's function, stores its result.
    ///
    /// `nonisolated(nonsending)`: an adapter runs on the executor of the engine that calls it,
    /// so neither entering it nor returning from it hops between executors (the task's own
    /// function still runs where its declaration says).
    ///
    /// Pass a closure literal where ``init(_:execute:revert:revertNeedsResult:)`` takes it —
    /// `execute: { try await adapter($0, $1) }` — rather than a function's name or a closure some
    /// function returned. `FlowTask` stores the closure in its generic representation; a literal
    /// written here is compiled straight into it, while anything else of the concrete `State` and
    /// `Context` is wrapped in a reabstraction thunk, one more async frame on every run of the
    /// task. (Swift 6.3.1 also crashes converting a qualified reference such as
    /// `execute: Tasks.validate` to this type; see `Docs/GeneratedCode.md`.)
    public typealias Execute = nonisolated(nonsending) @Sendable (_ store: FlowStore<State>, _ context: Context) async throws -> Void
    /// Undoes the task: reads what it needs from the store and calls the revert function.
    public typealias Revert = @Sendable (_ store: FlowStore<State>, _ context: Context, _ cause: RevertCause) async throws -> Void

    /// The task's name, version and data flow.
    public var metadata: TaskMetadata
    /// Runs the task.
    public var execute: Execute
    /// Undoes the task; `nil` when the task has nothing to undo.
    public var revert: Revert?
    /// Whether the revert needs the task's result. When it does, a task that failed (and so has
    /// no result) is not given to its revert.
    public var revertNeedsResult: Bool

    /// The task's name.
    public var name: String { metadata.name }

    /// Creates a task.
    /// - Parameters:
    ///   - metadata: The task's name, version and data flow.
    ///   - execute: Runs the task.
    ///   - revert: Undoes the task, or `nil`.
    ///   - revertNeedsResult: Whether `revert` needs the task's result.
    public init(
        _ metadata: TaskMetadata,
        execute: @escaping Execute,
        revert: Revert? = nil,
        revertNeedsResult: Bool = false
    ) {
        self.metadata = metadata
        self.execute = execute
        self.revert = revert
        self.revertNeedsResult = revertNeedsResult
    }
}
