/// The durable run and task the current code executes or reverts for.
///
/// The engine sets ``current`` around each execution and revert of a durable run's tasks, so a
/// task reads a stable ``idempotencyKey`` without any change to its signature:
///
/// ```swift
/// func reserveQuota(size: Int) async throws -> Reservation {
///     let key = FlowExecution.current?.idempotencyKey ?? UUID().uuidString
///     return try await quotas.reserve(size, idempotencyKey: key)
/// }
/// ```
///
/// A task of a durable run may run more than once (at least once: when the process stops while
/// it runs, it runs again on resume); the key is the same every time, so a service that
/// remembers keys can make the effect happen once.
public struct FlowExecution: Sendable, Hashable {
    /// The run.
    public var runID: RunID
    /// The task's name.
    public var task: String

    /// Creates an execution.
    /// - Parameters:
    ///   - runID: The run.
    ///   - task: The task's name.
    public init(runID: RunID, task: String) {
        self.runID = runID
        self.task = task
    }

    /// `<run id>/<task name>`: the same for every execution of this task in this run, different
    /// for every other task and run.
    public var idempotencyKey: String { "\(runID)/\(task)" }

    /// The execution in progress, or `nil` outside a durable run's task.
    @TaskLocal public static var current: FlowExecution?
}
