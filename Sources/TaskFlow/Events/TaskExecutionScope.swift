/// A listener that also surrounds each execution and revert of a task with code of its own.
///
/// Events report that a task started and ended; a scope runs *around* it, in the task that
/// executes it, so it can set task-local values the task's function sees — the span of a
/// tracer, a logger's metadata, a deadline:
///
/// ```swift
/// struct RequestTagging: TaskExecutionScope {
///     func receive(_ event: FlowEvent) {}
///
///     nonisolated(nonsending) func withScope(
///         of invocation: TaskInvocation, _ body: nonisolated(nonsending) () async throws -> Void
///     ) async throws {
///         try await Tag.$current.withValue("\(invocation.flow)/\(invocation.task)") { try await body() }
///     }
/// }
///
/// let engine = Engine(listeners: [RequestTagging()])
/// ```
///
/// Attach a scope like any listener, with ``Engine/Options/listeners``. When a run starts, the
/// engine wraps the adapters of the flow's tasks once for all the scopes among its listeners —
/// the first listener outermost — and runs the wrapped adapters. A run whose listeners adopt no
/// scope runs the flow's own adapters, exactly as without this protocol.
///
/// The engine sends `pending → running` before calling the scope and the task's outcome after
/// it returns, so a scope sees a task's events around its own.
public protocol TaskExecutionScope: FlowListener {
    /// Runs one execution or revert of a task inside this scope.
    ///
    /// Call `body` exactly once and let what it throws propagate unchanged: the engine records
    /// that error as the task's failure (or its revert's) and reverts accordingly. An error the
    /// scope throws itself, around `body`, counts as the task's.
    /// - Parameters:
    ///   - invocation: The run, flow and task, and whether the task executes or reverts.
    ///   - body: The task's adapter (or revert), with its store and context already bound.
    /// - Throws: What `body` throws.
    nonisolated(nonsending) func withScope(
        of invocation: TaskInvocation,
        _ body: nonisolated(nonsending) () async throws -> Void
    ) async throws
}
