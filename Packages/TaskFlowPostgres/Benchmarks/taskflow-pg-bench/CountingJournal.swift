import Synchronization
import TaskFlow

/// A journal that counts the appends it forwards: each is one statement, so one commit.
final class CountingJournal: FlowJournal {
    let base: any FlowJournal
    private let appends = Atomic<Int>(0)

    init(_ base: any FlowJournal) { self.base = base }

    var count: Int { appends.load(ordering: .relaxed) }
    var syncPolicy: JournalSyncPolicy { base.syncPolicy }

    nonisolated(nonsending) func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        appends.add(1, ordering: .relaxed)
        try await base.append(records, to: runID, sync: sync)
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await base.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await base.runs() }
    func remove(_ runID: RunID) async throws { try await base.remove(runID) }
    func close(_ runID: RunID) async { await base.close(runID) }
}
