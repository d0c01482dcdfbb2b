import Foundation
import Testing
import TaskFlow

/// A journal that counts its synced appends and takes a while over each, as a disk or a
/// database does, so that completions pile up behind a write in flight.
final class CountingJournal: FlowJournal {
    let inner: any FlowJournal
    let delay: Duration
    private let counts = Locked((appends: 0, inFlight: 0, overlapping: 0))

    init(_ inner: any FlowJournal = InMemoryJournal(), delay: Duration = .milliseconds(1)) {
        self.inner = inner
        self.delay = delay
    }

    var syncPolicy: JournalSyncPolicy { inner.syncPolicy }
    /// Synced appends so far.
    var appends: Int { counts.withLock { $0.appends } }
    /// Appends that started while another was in flight.
    var overlapping: Int { counts.withLock { $0.overlapping } }

    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        counts.withLock { counts in
            if counts.inFlight > 0 { counts.overlapping += 1 }
            counts.inFlight += 1
            if sync { counts.appends += 1 }
        }
        defer { counts.withLock { $0.inFlight -= 1 } }
        try await Task.sleep(for: delay)
        try await inner.append(records, to: runID, sync: sync)
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await inner.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await inner.runs() }
    func remove(_ runID: RunID) async throws { try await inner.remove(runID) }
    func close(_ runID: RunID) async { await inner.close(runID) }
}

/// `count` tasks with no links between them, each storing its own number.
func wideDurableFlow(_ count: Int, pattern: (String, [FlowNode<Tally, Void>]) -> FlowNode<Tally, Void> = FlowNode.unordered) throws -> Flow<Tally, Void> {
    try Flow(inputs: [], root: pattern("wide", (0..<count).map { index in
        .task(FlowTask(TaskMetadata(name: "t\(index)", provides: ["t\(index)"]), execute: { store, _ in
            store.write { $0.values["t\(index)"] = index }
        }))
    }))
}

@Suite struct GroupCommitTests {
    @Test func concurrentCompletionsShareSyncsAndNoneIsLost() async throws {
        let journal = CountingJournal()
        let runID = RunID()
        let final = try await Engine(options: .init(journal: journal)).run(wideDurableFlow(1_000), state: Tally(), runID: runID)
        #expect(final.values.count == 1_000)
        // Header, running, success: three writes on their own; the 1,000 completions share the rest.
        #expect(journal.appends < 100, "\(journal.appends) syncs for 1,000 completions")
        #expect(journal.overlapping == 0, "one write of a run in flight at a time")

        let records = try await journal.records(of: runID)
        var succeeded = Set<Int>()
        for case .task(let task, .success, _) in records { #expect(succeeded.insert(task).inserted) }
        #expect(succeeded.count == 1_000)
        #expect(records.last == .flow(.success))
        // Every success is followed by a snapshot: a resume finds nothing left to run.
        let resumed = try await Engine(options: .init(journal: journal.inner)).resume(wideDurableFlow(1_000), runID: runID)
        #expect(resumed == final)
    }

    @Test(arguments: [JournalSyncPolicy.everyTransition, .everyCompletion])
    func aSuccessorStartsOnlyOnceItsPredecessorsSuccessIsDurable(_ policy: JournalSyncPolicy) async throws {
        let journal = CountingJournal(PolicyInMemoryJournal(policy))
        let runID = RunID()
        let seen = Locked<[String]>([])
        let flow = try Flow<Tally, Void>(inputs: [], root: .graph("chain", [
            .task(FlowTask(TaskMetadata(name: "a", provides: ["a"]), execute: { store, _ in store.write { $0.values["a"] = 1 } })),
            .task(FlowTask(TaskMetadata(name: "b", requires: ["a"], provides: ["b"]), execute: { [journal] store, _ in
                // a's success and the snapshot holding its result are in the journal already.
                let records = try await journal.records(of: runID)
                let aSucceeded = records.firstIndex(of: .task(0, .success, message: nil))
                let snapshot = records.lastIndex { if case .state = $0 { true } else { false } }
                seen.withLock { $0.append(aSucceeded != nil && snapshot != nil && snapshot! > aSucceeded! ? "durable" : "not durable") }
                store.write { $0.values["b"] = 2 }
            })),
            .task(FlowTask(TaskMetadata(name: "c", provides: ["c"]), execute: { store, _ in store.write { $0.values["c"] = 3 } })),
        ]))
        _ = try await Engine(options: .init(journal: journal)).run(flow, state: Tally(), runID: runID)
        #expect(seen.withLock { $0 } == ["durable"])
    }

    @Test func underEveryTransitionEachStartIsDurableBeforeItsTaskExecutes() async throws {
        let journal = PolicyInMemoryJournal(.everyTransition)
        let runID = RunID()
        let unrecordedStarts = Locked(0)
        let flow = try Flow<Tally, Void>(inputs: [], root: .unordered("wide", (0..<50).map { index in
            .task(FlowTask(TaskMetadata(name: "t\(index)", provides: ["t\(index)"]), execute: { store, _ in
                let records = try await journal.records(of: runID)
                if !records.contains(.task(index, .running, message: nil)) { unrecordedStarts.withLock { $0 += 1 } }
                store.write { $0.values["t\(index)"] = index }
            }))
        }))
        let final = try await Engine(options: .init(journal: journal)).run(flow, state: Tally(), runID: runID)
        #expect(final.values.count == 50)
        #expect(unrecordedStarts.withLock { $0 } == 0)
    }
}

/// An in-memory journal with the sync policy a test needs.
final class PolicyInMemoryJournal: FlowJournal {
    let inner = InMemoryJournal()
    let syncPolicy: JournalSyncPolicy
    init(_ policy: JournalSyncPolicy) { syncPolicy = policy }
    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        try await inner.append(records, to: runID, sync: sync)
    }
    func records(of runID: RunID) async throws -> [JournalRecord] { try await inner.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await inner.runs() }
    func remove(_ runID: RunID) async throws { try await inner.remove(runID) }
    func close(_ runID: RunID) async {}
}
