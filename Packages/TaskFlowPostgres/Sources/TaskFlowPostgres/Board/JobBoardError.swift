import TaskFlow

/// A request the job board refuses.
public enum JobBoardError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A run with this id is already on the board or in the journal: ids are never reused.
    case runExists(RunID)
    /// No run with this id is on the board.
    case unknownRun(RunID)

    public var description: String {
        switch self {
        case .runExists(let runID): "a run with id \(runID) already exists; post each run under a new id"
        case .unknownRun(let runID): "no run with id \(runID) is on the job board"
        }
    }
}
