/// A journal could not be read or written, or a run could not be resumed from it.
public enum JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A record in the middle of `file` fails its checksum or cannot be read: the journal was
    /// damaged after it was written. Only a torn *last* record is repaired automatically.
    case corrupted(file: String, offset: Int)
    /// A system call on `file` failed with `errno`.
    case io(file: String, operation: String, errno: Int32)
    /// The journal has no run with this identifier.
    case unknownRun(RunID)
    /// The journal's first record is not the run's header.
    case missingHeader(RunID)
    /// The run was recorded by another major version of `task`.
    case incompatibleVersion(task: String, journaled: TaskVersion, current: TaskVersion)
    /// The run was recorded by another major version of `flow`.
    case incompatibleFlowVersion(flow: String, journaled: TaskVersion, current: TaskVersion)
    /// The run was recorded for another flow.
    case flowMismatch(RunID, journaled: String, current: String)
    /// The run was recorded for another shape of its flow: `changes` names the tasks added,
    /// removed or reordered and the links removed or added since.
    case structureChanged(RunID, flow: String, changes: [String])
    /// A run with this identifier was already started.
    case runExists(RunID)
    /// The engine is running this run, so its journal cannot be removed.
    case runInProgress(RunID)

    public var description: String {
        switch self {
        case .corrupted(let file, let offset):
            "journal \(file) is corrupted at byte offset \(offset); the records before it are intact"
        case .io(let file, let operation, let errno):
            "journal \(file): \(operation) failed with errno \(errno)"
        case .unknownRun(let runID):
            "the journal has no run \(runID)"
        case .missingHeader(let runID):
            "the journal of run \(runID) does not start with its header"
        case .incompatibleVersion(let task, let journaled, let current):
            "task '\(task)' is version \(current) but the run was recorded by version \(journaled);"
                + " a run is only resumed by the same major version"
        case .incompatibleFlowVersion(let flow, let journaled, let current):
            "flow '\(flow)' is version \(current) but the run was recorded by version \(journaled);"
                + " a run is only resumed by the same major version"
        case .flowMismatch(let runID, let journaled, let current):
            "run \(runID) was recorded for \(journaled), not \(current)"
        case .structureChanged(let runID, let flow, let changes):
            "flow '\(flow)' changed shape since run \(runID) was recorded: \(changes.joined(separator: "; "));"
                + " a run resumes only under a flow of the same shape: finish it with the code that started"
                + " it, or remove it"
        case .runExists(let runID):
            "a run \(runID) is already in the journal; resume it instead"
        case .runInProgress(let runID):
            "run \(runID) is in progress; suspend it or let it end before removing its journal"
        }
    }
}
