import Foundation
import Testing
@testable import TaskFlow

/// The worker pool's decisions, driven step by step: no clock, no sleep, no task. Workers and
/// the owner are numbers and names.
@Suite struct WorkerPoolStateMachineTests {
    typealias Machine = WorkerPoolStateMachine<Int, String>
    struct Empty: Sendable, Codable {}
    struct Failed: Error {}

    static func task(_ name: String) -> FlowNode<Empty, Void> {
        .task(FlowTask(TaskMetadata(name: name), execute: { _, _ in }))
    }

    static func machine(
        _ root: FlowNode<Empty, Void>, limit: Int = .max, cancellation: CancellationFlag = CancellationFlag()
    ) throws -> Machine {
        let flow = try Flow(inputs: [], root: root)
        let schedule = RunSchedule(
            ready: ReadyQueue(taskCount: flow.tasks.count, initial: flow.graph.sources), waitingOn: flow.graph.inDegree,
            ledger: RunLedger(runID: RunID(), flow: flow.name, names: flow.names, listeners: [])
        )
        return Machine(schedule, graph: flow.graph, limit: limit, cancellation: cancellation)
    }

    static func unordered(_ count: Int) -> FlowNode<Empty, Void> {
        .unordered("wide", (0..<count).map { task("t\($0)") })
    }

    /// The task a step runs, or `nil`.
    static func running(_ step: Machine.Step) -> Int? {
        if case .run(let task) = step { return task }
        return nil
    }

    static func finishes(_ step: Machine.Step) -> Bool {
        if case .finish = step { return true }
        return false
    }

    static func waits(_ step: Machine.Step) -> Bool {
        if case .wait = step { return true }
        return false
    }

    @Test func aWorkerRunsTheTaskItsOwnTaskMadeReadyThenFinishesAndTellsTheOwner() throws {
        var machine = try Self.machine(.graph("chain", links: [FlowLink(from: "a", to: "b")], [Self.task("a"), Self.task("b")]))
        machine.startFirstWorker()
        #expect(!machine.wantsWorkers, "one task ready: the first worker is enough")
        let result1 = machine.ownerWaits("owner")
        #expect(result1)

        let result2 = machine.turn(after: .arrived(counted: true))
        #expect(Self.running(result2.0) == 0)
        let result3 = machine.turn(after: .ended(0, failure: nil))
        #expect(Self.running(result3.0) == 1)
        let (last, wake) = machine.turn(after: .ended(1, failure: nil))
        #expect(Self.finishes(last))
        #expect(wake.owner == "owner")
        #expect(machine.workers == 0)
        #expect(machine.schedule.ledger.completionOrder == [0, 1])
    }

    @Test func theOwnerStartsAWorkerPerUnclaimedReadyTaskWithinTheLimit() throws {
        var machine = try Self.machine(Self.unordered(5), limit: 3)
        machine.startFirstWorker()
        #expect(machine.wantsWorkers)
        let result4 = machine.ownerWaits("owner")
        #expect(!result4, "asked already: the owner does not wait")

        let (woken, started) = machine.provideWorkers(keepingUp: false)
        #expect(woken.isEmpty)
        #expect(started == 2, "3 may run, 1 worker is on its way")
        #expect(machine.workers == 3)

        var steps: [Int?] = []
        for _ in 0..<3 { steps.append(Self.running(machine.turn(after: .arrived(counted: true)).0)) }
        #expect(steps == [0, 1, 2])
        #expect(machine.running == 3)
        // A fourth look finds the limit reached: the worker waits.
        let result5 = machine.wait(7)
        #expect(result5)
        #expect(machine.idle == [7])
        // An end frees a place: the worker that ended takes the next task itself.
        let result6 = machine.turn(after: .ended(0, failure: nil))
        #expect(Self.running(result6.0) == 3)
    }

    @Test func workersThatKeepUpAreLetBe() throws {
        var machine = try Self.machine(Self.unordered(100))
        machine.startFirstWorker()
        let (woken, started) = machine.provideWorkers(keepingUp: true)
        #expect(woken.isEmpty && started == 0)
        #expect(!machine.wantsWorkers)
        #expect(machine.workers == 1)
    }

    @Test func waitingWorkersAreWokenBeforeNewOnesStart() throws {
        // a and b, then c after both, then d, e and f after c.
        let links = [
            FlowLink(from: "a", to: "c"), FlowLink(from: "b", to: "c"),
            FlowLink(from: "c", to: "d"), FlowLink(from: "c", to: "e"), FlowLink(from: "c", to: "f"),
        ]
        var machine = try Self.machine(.graph("fan", links: links, ["a", "b", "c", "d", "e", "f"].map(Self.task)), limit: 10)
        machine.startFirstWorker()
        let (_, started) = machine.provideWorkers(keepingUp: false)
        #expect(started == 1, "two tasks ready, one worker on its way")
        #expect(Self.running(machine.turn(after: .arrived(counted: true)).0) == 0)
        #expect(Self.running(machine.turn(after: .arrived(counted: true)).0) == 1)
        // a ends: c still waits for b, so this worker waits.
        #expect(Self.waits(machine.turn(after: .ended(0, failure: nil)).0))
        let registered = machine.wait(10)
        #expect(registered)
        // b ends: c is ready and the worker takes it; one task is no reason to ask for help.
        let (afterB, wakeAfterB) = machine.turn(after: .ended(1, failure: nil))
        #expect(Self.running(afterB) == 2)
        #expect(wakeAfterB.owner == nil)
        let ownerWaits = machine.ownerWaits("owner")
        #expect(ownerWaits)
        // c ends: three ready; the worker takes one and asks the owner for the other two.
        let (afterC, wakeAfterC) = machine.turn(after: .ended(2, failure: nil))
        #expect(Self.running(afterC) == 3)
        #expect(wakeAfterC.owner == "owner")
        let (woken, startedNow) = machine.provideWorkers(keepingUp: false)
        #expect(woken == [10], "the waiting worker is woken first")
        #expect(startedNow == 1, "then one new worker for the last task")
        #expect(machine.arriving == 2)
    }

    @Test func aFailureStopsTheRunAndEveryWorkerFinishes() throws {
        var machine = try Self.machine(Self.unordered(6), limit: 2)
        machine.startFirstWorker()
        _ = machine.provideWorkers(keepingUp: false)
        let result9 = machine.turn(after: .arrived(counted: true))
        #expect(Self.running(result9.0) == 0)
        let result10 = machine.turn(after: .arrived(counted: true))
        #expect(Self.running(result10.0) == 1)
        let result11 = machine.watch("watcher")
        #expect(result11)

        let (afterFailure, _) = machine.turn(after: .ended(0, failure: Failed()))
        #expect(Self.finishes(afterFailure), "no task starts after a failure")
        #expect(machine.schedule.stopped)
        let (last, wake) = machine.turn(after: .ended(1, failure: nil))
        #expect(Self.finishes(last), "running tasks finish, then their workers")
        #expect(wake.watcher == "watcher", "the last worker cuts the owner's watch short")
        #expect(machine.schedule.ledger.completionOrder == [0, 1])
    }

    @Test func cancellationStopsTheRunBeforeTheNextTaskStarts() throws {
        let cancellation = CancellationFlag()
        var machine = try Self.machine(Self.unordered(3), cancellation: cancellation)
        machine.startFirstWorker()
        let result12 = machine.turn(after: .arrived(counted: true))
        #expect(Self.running(result12.0) == 0)
        cancellation.raise()
        let result13 = machine.turn(after: .ended(0, failure: nil))
        #expect(Self.finishes(result13.0))
        #expect(machine.schedule.ledger.isCancelled)
    }

    @Test(arguments: [
        (10, Duration.microseconds(20), true),
        (1, Duration.microseconds(50), false),
        (0, Duration.microseconds(50), false),
        (1_000, Duration.milliseconds(1), true),
    ])
    func workersKeepUpWhenTheyEndTasksFasterThanOnePerQuickTask(ended: Int, elapsed: Duration, keepingUp: Bool) {
        #expect(Machine.areKeepingUp(endedDuringWatch: ended, elapsed: elapsed, quickTask: .microseconds(5)) == keepingUp)
    }

    @Test func aWatchIsOverWhenItEndsUnlessTheLastWorkerEndedItFirst() throws {
        var machine = try Self.machine(Self.unordered(2))
        let result14 = machine.watch("early")
        #expect(!result14, "no worker yet: nothing to watch")
        machine.startFirstWorker()
        let result15 = machine.watch("watcher")
        #expect(result15)
        let result16 = machine.watchEnded()
        #expect(result16 == "watcher")
        let result17 = machine.watchEnded()
        #expect(result17 == nil, "resumed once")
    }

    @Test func inADurableRunSuccessorsWaitForTheWriteThatMakesTheSuccessDurable() throws {
        var machine = try Self.machine(.linear("chain", [Self.task("a"), Self.task("b")]))
        machine.schedule.ledger.recorder = RunRecorder(
            journal: InMemoryJournal(), runID: machine.schedule.ledger.runID, signal: RunSignal(),
            tasks: [TaskMetadata(name: "a"), TaskMetadata(name: "b")], snapshot: { Data() }
        )
        machine.startFirstWorker()
        let result18 = machine.turn(after: .arrived(counted: true))
        #expect(Self.running(result18.0) == 0)
        let (afterA, _) = machine.turn(after: .ended(0, failure: nil))
        guard case .write(let write, nil) = afterA else {
            Issue.record("the worker whose completion made a write due performs it: \(afterA)")
            return
        }
        #expect(write.tasks == [0])
        #expect(machine.schedule.ready.count == 0, "b waits for a's success to be durable")
        #expect(!machine.isDrained, "a success awaiting its write keeps the pool alive")
        let result19 = machine.wait(5)
        #expect(result19, "another worker finds nothing ready and waits")

        let (afterWrite, _) = machine.turn(after: .wrote(write, error: nil, then: nil))
        #expect(Self.running(afterWrite) == 1)
    }

    @Test func aJournalWriteThatFailsStopsTheRunWithoutReleasingSuccessors() throws {
        var machine = try Self.machine(.linear("chain", [Self.task("a"), Self.task("b")]))
        machine.schedule.ledger.recorder = RunRecorder(
            journal: InMemoryJournal(), runID: machine.schedule.ledger.runID, signal: RunSignal(),
            tasks: [TaskMetadata(name: "a"), TaskMetadata(name: "b")], snapshot: { Data() }
        )
        machine.startFirstWorker()
        _ = machine.turn(after: .arrived(counted: true))
        guard case .write(let write, _) = machine.turn(after: .ended(0, failure: nil)).0 else {
            Issue.record("no write")
            return
        }
        let (step, _) = machine.turn(after: .wrote(write, error: Failed(), then: nil))
        #expect(Self.finishes(step))
        #expect(machine.schedule.ready.count == 0)
        #expect(machine.schedule.ledger.isHalted)
    }
}
