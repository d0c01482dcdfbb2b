/// One append of a durable run's records to its journal, handed out by the run's
/// ``RunRecorder`` and performed outside any lock.
///
/// A run has at most one write in flight, so its records reach the journal in order.
@usableFromInline
struct JournalWrite: Sendable {
    let journal: any FlowJournal
    let runID: RunID
    /// The records, in order, ending with a snapshot when they hold successes.
    let records: [JournalRecord]
    /// The number of the last record in the write: once it is done, records up to it are
    /// durable.
    let throughRecord: Int
    /// Successes in the write whose successors wait for it.
    let tasks: [Int]
    /// Whether the run ended: the journal may release the run's log after the write.
    let closesLog: Bool

    /// Appends and syncs the records.
    /// - Returns: What the journal threw, or `nil`.
    @usableFromInline
    nonisolated(nonsending) func perform() async -> (any Error)? {
        do {
            try await journal.append(records, to: runID, sync: true)
        } catch {
            return error
        }
        if closesLog { await journal.close(runID) }
        return nil
    }
}
