#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One entry of a run's journal. A run's records, in order, are everything needed to resume it.
public enum JournalRecord: Sendable, Hashable {
    /// The run started: always the first record.
    case started(RunHeader)
    /// The flow moved to a new state.
    case flow(FlowState)
    /// Task number `task` (an index into ``RunHeader/tasks``) moved to `state`; `message`
    /// describes the error of a `failure` or `revertFailure`.
    case task(Int, TaskState, message: String?)
    /// The flow's state, encoded with `JSONEncoder`, after every success recorded before it.
    ///
    /// A task's success counts on resume only once a snapshot follows it: its results are in
    /// the snapshot. A success without one is treated as interrupted and runs again.
    case state(Data)
}
