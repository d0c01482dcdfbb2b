import Foundation
import Testing
@testable import TaskFlow

@Suite("Durable runs")
struct DurableRunTests {
    static let expected = Tally(values: Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d"].map {
        ($0, $0.unicodeScalars.first!.value.hashValue % 100)
    }))

    /// One uninterrupted run's records.
    static func completeRecords(failing: Set<String> = []) async throws -> (RunID, [JournalRecord]) {
        let journal = InMemoryJournal()
        let runID = RunID()
        _ = try? await Engine(options: .init(journal: journal)).run(
            durableLinearFlow(), state: Tally(), context: DurableProbe(failing: failing), runID: runID
        )
        return (runID, try await journal.records(of: runID))
    }

    @Test func aDurableRunRecordsEveryTaskAndEndsInSuccess() async throws {
        let journal = InMemoryJournal()
        let runID = RunID()
        let probe = DurableProbe()
        let final = try await Engine(options: .init(journal: journal)).run(
            durableLinearFlow(), state: Tally(), context: probe, runID: runID
        )
        #expect(final == Self.expected)
        #expect(try await journal.runs().map(\.state) == [.success])
        let successes = try await journal.records(of: runID).filter { if case .task(_, .success, _) = $0 { true } else { false } }
        #expect(successes.count == 4)
    }

    @Test func everyExecutionAndRevertSeesTheRunAndTaskAsItsIdempotencyKey() async throws {
        let runID = RunID()
        let probe = DurableProbe(failing: ["c"])
        await #expect(throws: FlowFailure.self) {
            try await Engine().run(durableLinearFlow(), state: Tally(), context: probe, runID: runID)
        }
        #expect(probe.entries == [
            "execute a \(runID)/a", "execute b \(runID)/b", "execute c \(runID)/c",
            "revert c \(runID)/c", "revert b \(runID)/b", "revert a \(runID)/a",
        ])
    }

    @Test func aCrashAfterAnyRecordResumesToTheUninterruptedOutcome() async throws {
        let (runID, records) = try await Self.completeRecords()
        for count in 1..<records.count {
            let journal = try await journal(withFirst: count, of: records, runID: runID)
            let finishedBefore = try RunReplay(
                Array(records.prefix(count)), runID: runID, flow: "tally", tasks: durableLinearFlow().tasks.map(\.metadata),
                links: durableLinearFlow().graph.links
            ).completions.map(\.task)
            let probe = DurableProbe()
            let final = try await Engine(options: .init(journal: journal)).resume(durableLinearFlow(), runID: runID, context: probe)
            #expect(final == Self.expected, "crash after record \(count)")
            let names = ["a", "b", "c", "d"]
            #expect(probe.executed == Array(names.dropFirst(finishedBefore.count)), "crash after record \(count)")
            #expect(try await journal.runs().map(\.state) == [.success])
        }
    }

    @Test func aRevertInterruptedByACrashIsFinishedOnResumeWithoutRevertingTwice() async throws {
        let (runID, records) = try await Self.completeRecords(failing: ["c"])
        let revertingAt = try #require(records.firstIndex(of: .flow(.reverting)))
        for count in (revertingAt + 1)..<records.count {
            let alreadyReverted = records.prefix(count).filter { if case .task(_, .reverted, _) = $0 { true } else { false } }.count
            let probe = DurableProbe(failing: ["c"])
            let engine = Engine(options: .init(journal: try await journal(withFirst: count, of: records, runID: runID)))
            let failure = await #expect(throws: FlowFailure.self) {
                try await engine.resume(durableLinearFlow(), runID: runID, context: probe)
            }
            #expect(probe.executed.isEmpty)
            #expect(probe.reverted == Array(["c", "b", "a"].dropFirst(alreadyReverted)), "crash after record \(count)")
            #expect(failure?.reverted == ["c", "b", "a"])
            #expect(failure?.errors.first?.description == "c: c failed")
            #expect(try await engine.journaledRuns().map(\.state) == [.reverted])
        }
    }

    @Test func aRunRecordedByAnotherMajorVersionIsRefusedNamingTheTaskAndBothVersions() async throws {
        let (runID, records) = try await Self.completeRecords()
        let engine = Engine(options: .init(journal: try await journal(withFirst: 6, of: records, runID: runID)))
        let newer = try durableLinearFlow(versions: ["c": TaskVersion(major: 2, minor: 0)])
        let failure = await #expect(throws: FlowFailure.self) {
            try await engine.resume(newer, runID: runID, context: DurableProbe())
        }
        let error = failure?.journalError
        #expect(failure?.reverted.isEmpty == true, "refused before anything ran")
        #expect(error == .incompatibleVersion(task: "c", journaled: TaskVersion(major: 1), current: TaskVersion(major: 2)))
        #expect(error?.description.contains("'c' is version 2.0 but the run was recorded by version 1.0") == true)
    }

    @Test func aRunRecordedByAnotherMinorVersionResumes() async throws {
        let (runID, records) = try await Self.completeRecords()
        let engine = Engine(options: .init(journal: try await journal(withFirst: 6, of: records, runID: runID)))
        let newer = try durableLinearFlow(versions: ["c": TaskVersion(major: 1, minor: 7)])
        #expect(try await engine.resume(newer, runID: runID, context: DurableProbe()) == Self.expected)
    }

    @Test func aSuspendedConcurrentRunStartsNoFurtherTaskAndResumesWhereItStopped() async throws {
        let journal = InMemoryJournal()
        let engine = Engine(options: .init(journal: journal))
        let runID = RunID()
        // a, then b and c together, then d.
        let flow = try Flow<Tally, DurableProbe>(inputs: [], root: .graph("fan", [
            durableTask("a"),
            durableTask("b", requires: ["a"]),
            durableTask("c", requires: ["a"]),
            durableTask("d", requires: ["b", "c"]),
        ]))
        let suspending = DurableProbe { name in if name == "b" { engine.suspend(runID) } }
        let suspension = await #expect(throws: FlowFailure.self) {
            try await engine.run(flow, state: Tally(), context: suspending, runID: runID)
        }
        #expect(suspension?.isSuspension == true)
        #expect(suspension?.cause as? RunSuspended == RunSuspended(runID: runID))
        #expect(!suspending.executed.contains("d"))
        #expect(try await journal.runs().map(\.state) == [.suspended])

        let resumed = DurableProbe()
        let final = try await engine.resume(flow, runID: runID, context: resumed)
        #expect(final.values.keys.sorted() == ["a", "b", "c", "d"])
        #expect(resumed.executed.last == "d")
        #expect(try await journal.runs().map(\.state) == [.success])
    }

    @Test func aSuspendedRunStopsAfterItsRunningTaskAndResumesWhereItStopped() async throws {
        let journal = InMemoryJournal()
        let engine = Engine(options: .init(journal: journal))
        let runID = RunID()
        let suspending = DurableProbe { name in if name == "b" { engine.suspend(runID) } }
        let suspension = await #expect(throws: FlowFailure.self) {
            try await engine.run(durableLinearFlow(), state: Tally(), context: suspending, runID: runID)
        }
        #expect(suspension?.isSuspension == true)
        #expect(suspension?.errors.isEmpty == true && suspension?.reverted.isEmpty == true)
        #expect(suspending.executed == ["a", "b"])
        #expect(try await journal.runs().map(\.state) == [.suspended])
        #expect(engine.suspend(runID) == false)

        let resumed = DurableProbe()
        #expect(try await engine.resume(durableLinearFlow(), runID: runID, context: resumed) == Self.expected)
        #expect(resumed.executed == ["c", "d"])
        #expect(try await journal.runs().map(\.state) == [.success])
    }

    @Test func resumingAFinishedRunEndsTheSameWayAgainWithoutRunningAnything() async throws {
        let (succeeded, records) = try await Self.completeRecords()
        let engine = Engine(options: .init(journal: try await journal(withFirst: records.count, of: records, runID: succeeded)))
        #expect(try await engine.resume(durableLinearFlow(), runID: succeeded, context: DurableProbe()) == Self.expected)

        let (failed, failedRecords) = try await Self.completeRecords(failing: ["b"])
        let failedEngine = Engine(options: .init(journal: try await journal(withFirst: failedRecords.count, of: failedRecords, runID: failed)))
        let probe = DurableProbe()
        let failure = await #expect(throws: FlowFailure.self) {
            try await failedEngine.resume(durableLinearFlow(), runID: failed, context: probe)
        }
        #expect(failure?.description == "flow 'tally' failed: b: b failed; reverted b, a")
        #expect(probe.entries.isEmpty)
    }

    @Test func aFileJournalResumesARunAcrossEngines() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let runID = RunID()
        let first = Engine(options: .init(journal: try FileJournal(directory: directory.url)))
        let suspending = DurableProbe { name in if name == "c" { first.suspend(runID) } }
        let suspension = await #expect(throws: FlowFailure.self) {
            try await first.run(durableLinearFlow(), state: Tally(), context: suspending, runID: runID)
        }
        #expect(suspension?.isSuspension == true)
        let second = Engine(options: .init(journal: try FileJournal(directory: directory.url)))
        let resumed = DurableProbe()
        #expect(try await second.resume(durableLinearFlow(), runID: runID, context: resumed) == Self.expected)
        #expect(resumed.executed == ["d"])
    }
}

/// A journal whose disk fills up after `capacity` appends.
final class FillingJournal: FlowJournal {
    struct DiskFull: Error, Equatable {}

    let inner = InMemoryJournal()
    let capacity: Int
    private let appends = Locked(0)

    init(capacity: Int) {
        self.capacity = capacity
    }

    var syncPolicy: JournalSyncPolicy { .everyCompletion }

    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        let count = appends.withLock { count in
            count += 1
            return count
        }
        guard count <= capacity else { throw DiskFull() }
        try await inner.append(records, to: runID, sync: sync)
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await inner.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await inner.runs() }
    func remove(_ runID: RunID) async throws { try await inner.remove(runID) }
    func close(_ runID: RunID) {}
}

@Suite("Durable runs whose journal fails")
struct JournalFailureTests {
    @Test func aRunWhoseJournalFailsStopsWithoutRevertingAndResumesFromWhatWasRecorded() async throws {
        // Header, a (with the run's start), b: the fourth append (task c) fails.
        let journal = FillingJournal(capacity: 3)
        let runID = RunID()
        let probe = DurableProbe()
        let failure = await #expect(throws: FlowFailure.self) {
            try await Engine(options: .init(journal: journal)).run(durableLinearFlow(), state: Tally(), context: probe, runID: runID)
        }
        guard case .journal(let error)? = failure?.reason else {
            Issue.record("the run did not stop for its journal: \(String(describing: failure))")
            return
        }
        #expect(error as? FillingJournal.DiskFull == FillingJournal.DiskFull())
        #expect(probe.executed == ["a", "b", "c"])
        #expect(probe.reverted.isEmpty)

        let resumed = DurableProbe()
        let final = try await Engine(options: .init(journal: journal.inner)).resume(durableLinearFlow(), runID: runID, context: resumed)
        #expect(final == DurableRunTests.expected)
        #expect(resumed.executed == ["c", "d"])
    }

    @Test func tasksOutsideDurableRunsSeeNoExecution() async throws {
        let probe = DurableProbe()
        _ = try await Engine().run(durableLinearFlow(), state: Tally(), context: probe)
        #expect(probe.entries.allSatisfy { $0.hasSuffix(" none") })
    }
}
