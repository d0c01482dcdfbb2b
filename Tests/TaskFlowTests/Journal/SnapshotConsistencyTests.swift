import Foundation
import Testing
import TaskFlow

/// A state with a transformed input `n` (a task reads it and provides it again).
struct TransformState: Sendable, Codable {
    var n: Int?
    var a: Int?
    var x: Int?
}

/// Holds the engine's lock for a while after `a` succeeds (the engine appends under it), so
/// that the tasks finishing meanwhile record their ends in an order nobody chose.
final class SlowAfterFirstJournal: FlowJournal {
    private let inner = InMemoryJournal()
    var syncPolicy: JournalSyncPolicy { .everyCompletion }

    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        if records.contains(where: { if case .task(0, .success, _) = $0 { true } else { false } }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await inner.append(records, to: runID, sync: sync)
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await inner.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await inner.runs() }
    func remove(_ runID: RunID) async throws { try await inner.remove(runID) }
    func close(_ runID: RunID) async { await inner.close(runID) }
}

@Suite struct SnapshotConsistencyTests {
    /// `a`, then — while `a`'s end is being journaled — `t` (n → n + 1) and `x` both finish and
    /// wait to record theirs: whichever records first, no snapshot may hold `t`'s result before
    /// `t`'s success is recorded, or a resume from there runs `t` on its own output.
    static func transformFlow() throws -> Flow<TransformState, Void> {
        try Flow(inputs: ["n"], root: .graph("g", [
            .task(FlowTask(TaskMetadata(name: "a", provides: ["a"]), execute: { store, _ in
                try await Task.sleep(for: .milliseconds(3))
                store.write { $0.a = 1 }
            })),
            .task(FlowTask(TaskMetadata(name: "t", requires: ["n"], provides: ["n"]), execute: { store, _ in
                let n = try store.read { try requireSymbol($0.n, "n") }
                try await Task.sleep(for: .milliseconds(8))
                store.write { $0.n = n + 1 }
            })),
            .task(FlowTask(TaskMetadata(name: "x", provides: ["x"]), execute: { store, _ in
                try await Task.sleep(for: .milliseconds(8))
                store.write { $0.x = 1 }
            })),
        ]))
    }

    @Test func aResumeFromACrashAtAnyRecordAppliesATransformOnce() async throws {
        // Without the rule, about one run in eight journaled a snapshot holding `t`'s result
        // before `t`'s success, and a resume from a crash just after it read n == 2.
        let flow = try Self.transformFlow()
        for _ in 0..<40 {
            let slow = SlowAfterFirstJournal()
            let runID = RunID()
            let final = try await Engine(options: .init(journal: slow)).run(flow, state: TransformState(n: 0), runID: runID)
            #expect(final.n == 1)
            let records = try await slow.records(of: runID)
            var transformRecorded = false
            var snapshots = 0
            for record in records {
                if case .task(1, .success, _) = record { transformRecorded = true }
                guard case .state(let data) = record else { continue }
                snapshots += 1
                #expect(try JSONDecoder().decode(TransformState.self, from: data).n == (transformRecorded ? 1 : 0))
            }
            #expect(snapshots >= 1)
            for count in 1...records.count {
                let crashed = try await journal(withFirst: count, of: records, runID: runID)
                let resumed = try await Engine(options: .init(journal: crashed)).resume(flow, runID: runID)
                #expect(resumed.n == 1, "a crash after record \(count) of \(records.count)")
            }
        }
    }
}
