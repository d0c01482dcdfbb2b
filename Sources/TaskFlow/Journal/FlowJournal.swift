/// Where durable runs record their progress, so that they can be resumed after a crash or a
/// suspension.
///
/// A journal is an append-only log per run: the engine appends ``JournalRecord``s as the run
/// goes (a ``RunHeader`` first), and reads them back to resume. ``InMemoryJournal`` is the
/// default and survives suspension but not the process; ``FileJournal`` survives crashes.
///
/// Implementations must be safe to call from concurrent runs. The engine calls them outside its
/// own locks, and never has two appends of one run in flight at once: one run's records arrive
/// in order, several completions' records often in one append (group commit). An implementation
/// that waits — for a disk, a database — suspends in its methods rather than blocking a thread.
///
/// ## Implementing the protocol
///
/// Every method is `async`. An implementation written for the synchronous protocol of earlier
/// versions needs only `async` added to its method declarations (`func append(…) async throws`,
/// `func close(_:) async`); its bodies compile as they are. What the engine expects is unchanged:
/// when `append(_:to:sync:)` returns with `sync` set, its records survive a crash.
///
/// `append(_:to:sync:)` is `nonisolated(nonsending)`: declared so too, it runs on the executor of
/// the run that appends, with no hop there and back for each write (``FileJournal`` and
/// ``InMemoryJournal`` are). Declared plainly `async`, it runs on the global executor, which
/// suits an implementation that blocks a thread while it waits.
public protocol FlowJournal: Sendable {
    /// When the engine should ask for records to be forced to stable storage.
    var syncPolicy: JournalSyncPolicy { get }

    /// Appends records to a run's log, creating the log when `records` starts with its header.
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - runID: The run.
    ///   - sync: Whether the records must be on stable storage when this returns.
    /// - Throws: ``JournalError`` when the records could not be written.
    nonisolated(nonsending) func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws

    /// Every record of a run, in order.
    /// - Parameter runID: The run.
    /// - Returns: The records; the first is the run's header.
    /// - Throws: ``JournalError/unknownRun(_:)``, or ``JournalError/corrupted(file:offset:)``
    ///   when the log is damaged.
    func records(of runID: RunID) async throws -> [JournalRecord]

    /// Every run in the journal, oldest first.
    /// - Returns: One summary per run.
    /// - Throws: ``JournalError`` when a log cannot be read.
    func runs() async throws -> [RunSummary]

    /// Deletes a run's log: its records are gone for good, and the run can no longer be resumed.
    ///
    /// The engine calls this from ``Engine/removeJournaledRun(_:)`` and
    /// ``Engine/removeJournaledRuns(where:)``, which refuse runs it is running.
    /// - Parameter runID: The run.
    /// - Throws: ``JournalError/unknownRun(_:)`` when the journal has no such run,
    ///   ``JournalError/io(file:operation:errno:)`` when its log cannot be deleted.
    func remove(_ runID: RunID) async throws

    /// Releases what the journal holds open for a run that finished or was suspended. Its
    /// records stay readable, and appending reopens the log.
    /// - Parameter runID: The run.
    func close(_ runID: RunID) async
}
