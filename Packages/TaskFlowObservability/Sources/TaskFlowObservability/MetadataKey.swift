/// The keys of the log metadata and span attributes this package writes, shared so that logs
/// and traces of one run can be joined on the same names.
enum MetadataKey {
    /// The run's ``TaskFlow/RunID``.
    static let runID = "taskflow.run_id"
    /// The flow's name.
    static let flow = "taskflow.flow"
    /// The task's name.
    static let task = "taskflow.task"
    /// The state moved to, or, on a run's span, the state it ended in.
    static let state = "taskflow.state"
    /// The state moved from.
    static let previousState = "taskflow.previous_state"
    /// The description of the error behind a move.
    static let error = "taskflow.error"
}
