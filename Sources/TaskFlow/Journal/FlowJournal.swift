/// Where durable runs record their progress, so that they can be resumed after a crash or a
/// suspension.
///
/// A journal is an append-only log per run: the engine appends ``JournalRecord``s as the run
/// goes (a ``RunHeader`` first), and reads them back to resume. ``InMemoryJournal`` is the
/// default and survives suspension but not the process; ``FileJournal`` survives crashes.
///
/// Implementations must be safe to call from concurrent runs; the records of one run are
/// appended by one task at a time.
public protocol FlowJournal: Sendable {
    /// When the engine should ask for records to be forced to stable storage.
    var syncPolicy: JournalSyncPolicy { get }

    /// Appends records to a run's log, creating the log when `records` starts with its header.
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - runID: The run.
    ///   - sync: Whether the records must be on stable storage when this returns.
    /// - Throws: ``JournalError`` when the records could not be written.
    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) throws

    /// Every record of a run, in order.
    /// - Parameter runID: The run.
    /// - Returns: The records; the first is the run's header.
    /// - Throws: ``JournalError/unknownRun(_:)``, or ``JournalError/corrupted(file:offset:)``
    ///   when the log is damaged.
    func records(of runID: RunID) throws -> [JournalRecord]

    /// Every run in the journal, oldest first.
    /// - Returns: One summary per run.
    /// - Throws: ``JournalError`` when a log cannot be read.
    func runs() throws -> [RunSummary]

    /// Deletes a run's log: its records are gone for good, and the run can no longer be resumed.
    ///
    /// The engine calls this from ``Engine/removeJournaledRun(_:)`` and
    /// ``Engine/removeJournaledRuns(where:)``, which refuse runs it is running.
    /// - Parameter runID: The run.
    /// - Throws: ``JournalError/unknownRun(_:)`` when the journal has no such run,
    ///   ``JournalError/io(file:operation:errno:)`` when its log cannot be deleted.
    func remove(_ runID: RunID) throws

    /// Releases what the journal holds open for a run that finished or was suspended. Its
    /// records stay readable, and appending reopens the log.
    /// - Parameter runID: The run.
    func close(_ runID: RunID)
}
