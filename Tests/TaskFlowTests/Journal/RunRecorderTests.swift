import Foundation
import Testing
@testable import TaskFlow

/// The recorder driven step by step, as the engine drives it: no clock, no journal I/O (writes
/// are handed out and taken back by hand).
@Suite struct RunRecorderTests {
    /// A journal that is never called: the recorder only hands out writes.
    final class PolicyJournal: FlowJournal {
        let syncPolicy: JournalSyncPolicy
        init(_ policy: JournalSyncPolicy) { syncPolicy = policy }
        func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {}
        func records(of runID: RunID) async throws -> [JournalRecord] { [] }
        func runs() async throws -> [RunSummary] { [] }
        func remove(_ runID: RunID) async throws {}
        func close(_ runID: RunID) async {}
    }

    struct WriteFailed: Error {}

    static let snapshot = Data("{}".utf8)

    static func recorder(_ policy: JournalSyncPolicy, tasks: Int = 8) -> RunRecorder {
        RunRecorder(
            journal: PolicyJournal(policy), runID: RunID(), signal: RunSignal(),
            tasks: (0..<tasks).map { TaskMetadata(name: "t\($0)", provides: ["s\($0)"]) },
            snapshot: { snapshot }
        )
    }

    @Test func completionsMadeWhileAWriteIsInFlightShareTheNextWrite() throws {
        var recorder = Self.recorder(.everyCompletion)
        recorder.task(0, .running, failure: nil)
        recorder.task(0, .success, failure: nil)
        let firstTaken = recorder.takeWrite()
        let first = try #require(firstTaken)
        #expect(first.records == [.task(0, .success, message: nil), .state(Self.snapshot)])
        #expect(first.tasks == [0])

        for task in 1...3 {
            recorder.task(task, .running, failure: nil)
            recorder.task(task, .success, failure: nil)
            let none = recorder.takeWrite()
        #expect(none?.records == nil, "one write in flight at a time")
        }
        let afterFirst = recorder.finish(first, error: nil)
        #expect(afterFirst.released == [0])
        let second = try #require(afterFirst.next)
        #expect(second.records == [
            .task(1, .success, message: nil), .task(2, .success, message: nil), .task(3, .success, message: nil),
            .state(Self.snapshot),
        ])
        #expect(second.tasks == [1, 2, 3])
        #expect(recorder.hasUnconfirmedSuccesses)

        let afterSecond = recorder.finish(second, error: nil)
        #expect(afterSecond.released == [1, 2, 3])
        #expect(afterSecond.next?.records == nil)
        #expect(!recorder.hasUnconfirmedSuccesses)
    }

    @Test func successesHoldTheirSuccessorsUntilDurableUnlessTheJournalBatches() {
        #expect(Self.recorder(.everyCompletion).holdsSuccessors)
        #expect(Self.recorder(.everyTransition).holdsSuccessors)
        #expect(!Self.recorder(.batched(count: 4)).holdsSuccessors)

        var batched = Self.recorder(.batched(count: 4))
        batched.task(0, .running, failure: nil)
        batched.task(0, .success, failure: nil)
        let none = batched.takeWrite()
        #expect(none?.records == nil, "under the batch size")
        #expect(!batched.hasUnconfirmedSuccesses)
        batched.task(1, .running, failure: nil)
        batched.task(2, .running, failure: nil)
        batched.task(3, .running, failure: nil)
        let full = batched.takeWrite()
        #expect(full?.records.count == 5, "four records and the snapshot")
    }

    @Test func aStartIsDueAtOnceOnlyWhenTheJournalSyncsEveryTransition() throws {
        var everyCompletion = Self.recorder(.everyCompletion)
        everyCompletion.task(0, .running, failure: nil)
        let none = everyCompletion.takeWrite()
        #expect(none?.records == nil)

        var everyTransition = Self.recorder(.everyTransition)
        #expect(everyTransition.startsAreDurable)
        everyTransition.task(0, .running, failure: nil)
        let writeTaken = everyTransition.takeWrite()
        let write = try #require(writeTaken)
        #expect(write.records == [.task(0, .running, message: nil)])
        #expect(!everyTransition.isDurable(through: everyTransition.lastRecord))
        _ = everyTransition.finish(write, error: nil)
        #expect(everyTransition.isDurable(through: everyTransition.lastRecord))
    }

    @Test func aTaskWaitingForItsStartIsResumedByTheWriteThatMakesItDurable() async throws {
        var recorder = Self.recorder(.everyTransition)
        recorder.task(0, .running, failure: nil)
        let firstTaken = recorder.takeWrite()
        let first = try #require(firstTaken)
        recorder.task(1, .running, failure: nil)
        let record = recorder.lastRecord
        let none = recorder.takeWrite()
        #expect(none?.records == nil)

        let resumed = Locked(false)
        let box = Locked(recorder)
        await withUnsafeContinuation { (waiter: UnsafeContinuation<Void, Never>) in
            // Waiting for task 1's start while the write of task 0's is in flight.
            let waiting = box.withLock { $0.wait(waiter, through: record) }
            #expect(waiting)
            let afterFirst = box.withLock { $0.finish(first, error: nil) }
            #expect(afterFirst.resumed.isEmpty, "task 1's start is not in the first write")
            let second = afterFirst.next!
            #expect(second.records == [.task(1, .running, message: nil)])
            let afterSecond = box.withLock { $0.finish(second, error: nil) }
            #expect(afterSecond.resumed.count == 1)
            resumed.withLock { $0 = true }
            for waiter in afterSecond.resumed { waiter.resume() }
        }
        #expect(resumed.withLock { $0 })
    }

    @Test func aFailedWriteReleasesNothingStopsWritingAndWakesEveryWaiter() async throws {
        var recorder = Self.recorder(.everyTransition)
        recorder.task(0, .running, failure: nil)
        let firstTaken = recorder.takeWrite()
        let first = try #require(firstTaken)
        recorder.task(1, .running, failure: nil)
        let record = recorder.lastRecord
        let box = Locked(recorder)
        await withUnsafeContinuation { (waiter: UnsafeContinuation<Void, Never>) in
            let waiting = box.withLock { $0.wait(waiter, through: record) }
            #expect(waiting)
            let completion = box.withLock { $0.finish(first, error: WriteFailed()) }
            #expect(completion.released.isEmpty)
            #expect(completion.next?.records == nil, "nothing is written after a failure")
            #expect(completion.resumed.count == 1)
            for waiter in completion.resumed { waiter.resume() }
        }
        recorder = box.withLock { $0 }
        #expect(recorder.error is WriteFailed)
        #expect(recorder.shouldHalt)
        recorder.task(1, .success, failure: nil)
        let none = recorder.takeWrite()
        #expect(none?.records == nil)
    }

    @Test func noSnapshotIsTakenWhileATransformRuns() throws {
        var recorder = RunRecorder(
            journal: PolicyJournal(.everyCompletion), runID: RunID(), signal: RunSignal(),
            tasks: [TaskMetadata(name: "a", provides: ["a"]), TaskMetadata(name: "t", requires: ["n"], provides: ["n"])],
            snapshot: { Self.snapshot }
        )
        recorder.task(1, .running, failure: nil)
        recorder.task(0, .running, failure: nil)
        recorder.task(0, .success, failure: nil)
        let whileTransformingTaken = recorder.takeWrite()
        let whileTransforming = try #require(whileTransformingTaken)
        #expect(!whileTransforming.records.contains(.state(Self.snapshot)))
        _ = recorder.finish(whileTransforming, error: nil)
        recorder.task(1, .success, failure: nil)
        let afterTaken = recorder.takeWrite()
        let after = try #require(afterTaken)
        #expect(after.records.last == .state(Self.snapshot))
    }

    @Test func theRunsStartIsWrittenWithItsFirstTasksEndUnlessEveryTransitionIsSynced() throws {
        for policy in [JournalSyncPolicy.everyCompletion, .batched(count: 2)] {
            var recorder = Self.recorder(policy)
            recorder.flow(.running)
            let alone = recorder.takeWrite()
            #expect(alone == nil, "under \(policy), the run's start waits for its first task's end")
            recorder.task(0, .running, failure: nil)
            recorder.task(0, .success, failure: nil)
            let firstTaken = recorder.takeWrite()
            let first = try #require(firstTaken)
            #expect(first.records.first == .flow(.running))
        }
        var synced = Self.recorder(.everyTransition)
        synced.flow(.running)
        let runningTaken = synced.takeWrite()
        let running = try #require(runningTaken)
        #expect(running.records == [.flow(.running)])
    }

    @Test func theLastWriteOfARunClosesItsLog() throws {
        var recorder = Self.recorder(.everyCompletion)
        recorder.flow(.reverting)
        let reverting = recorder.takeWrite()
        #expect(reverting?.closesLog == false)
        var ended = Self.recorder(.everyCompletion)
        ended.flow(.resuming)
        let none = ended.takeWrite()
        #expect(none?.records == nil, "resuming is written with the next transition")
        ended.flow(.suspended)
        let writeTaken = ended.takeWrite()
        let write = try #require(writeTaken)
        #expect(write.records == [.flow(.resuming), .flow(.suspended)])
        #expect(write.closesLog)
    }
}
