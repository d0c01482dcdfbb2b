import TaskFlow

/// Why a ``PostgresJournal`` refused a write or a read that the database itself answered.
///
/// Failures of the database (a refused statement, a lost connection, a timeout) are
/// ``DatabaseError``s; a run that is not in the journal, or already started, is a
/// `JournalError`, as with every journal.
public enum PostgresJournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The run is no longer this journal's to write: the job board handed it to another worker
    /// (its lease token changed), took it back, or holds it while this journal has no lease.
    /// Nothing was written; the worker should stop the run without reverting it.
    case leaseLost(RunID)
    /// The run's log holds other records than this journal expected: it expected to write at
    /// sequence number `expected`, but the log's next is `found`. Another writer without a lease
    /// appended to the same run. Nothing was written.
    case conflict(RunID, expected: Int, found: Int)
    /// A row of the run cannot be read back as a journal record: an unknown state or kind, a
    /// missing value, a gap in the sequence, or a header that does not decode (`seq` 0).
    case malformedRecord(RunID, seq: Int, reason: String)

    public var description: String {
        switch self {
        case .leaseLost(let runID):
            "run \(runID) is no longer this worker's: the job board holds it under another lease;"
                + " nothing was written, and the run must stop without reverting"
        case .conflict(let runID, let expected, let found):
            "run \(runID) was written by someone else: this journal expected to append record \(expected),"
                + " but the log's next record is \(found); nothing was written"
        case .malformedRecord(let runID, let seq, let reason) where seq == 0:
            "the header of run \(runID) cannot be read: \(reason)"
        case .malformedRecord(let runID, let seq, let reason):
            "record \(seq) of run \(runID) cannot be read: \(reason)"
        }
    }
}
