/// One execution or one revert of a task, as a ``TaskExecutionScope`` sees it.
///
/// The engine makes one value per task and kind when a run starts, so handing it to a scope
/// costs nothing per invocation beyond the call.
public struct TaskInvocation: Sendable, Hashable {
    /// Whether the task runs or is undone.
    public enum Kind: String, Sendable, Hashable {
        /// The task's execute adapter runs.
        case execute
        /// The task's revert runs, because the run failed or was cancelled.
        case revert
    }

    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The task's name.
    public var task: String
    /// The task's index in the flow's ``Flow/tasks``.
    public var index: Int
    /// Whether the task executes or reverts.
    public var kind: Kind

    /// Creates an invocation.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - task: The task's name.
    ///   - index: The task's index in the flow.
    ///   - kind: Whether the task executes or reverts.
    public init(runID: RunID, flow: String, task: String, index: Int, kind: Kind) {
        self.runID = runID
        self.flow = flow
        self.task = task
        self.index = index
        self.kind = kind
    }
}
