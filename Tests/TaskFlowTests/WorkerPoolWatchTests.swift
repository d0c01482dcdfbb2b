import Testing
@testable import TaskFlow

/// The owner of a ``WorkerPool`` watches its workers for a while before deciding whether to
/// start more; a run whose workers get through every task meanwhile must end then, not when the
/// watch would have.
@Suite("Worker pool: the owner's watch")
struct WorkerPoolWatchTests {
    struct Empty: Sendable {}

    /// A pool over a flow of one task, with no task ready or running: a worker that looks for
    /// work finishes.
    static func drainedPool() throws -> WorkerPool<Empty, Void> {
        let task = FlowTask<Empty, Void>(TaskMetadata(name: "done"), execute: { _, _ in })
        let flow = try Flow(inputs: [], root: .linear("one", [.task(task)]))
        let schedule = RunSchedule(
            ready: ReadyQueue(taskCount: 1, initial: []), waitingOn: [0],
            ledger: RunLedger(runID: RunID(), flow: "one", names: ["done"], listeners: [])
        )
        return WorkerPool(
            schedule, executes: flow.executes, graph: flow.graph, store: FlowStore(Empty()), context: (),
            limit: 4, scheduling: Engine.Scheduling(), cancellation: CancellationFlag()
        )
    }

    /// A watch far longer than the test could wait unnoticed: cut short, it ends in well under
    /// half of it; not cut short, the test takes all of it and fails.
    static let longWatch = Duration.seconds(20)

    @Test func aWatchEndsAsSoonAsTheLastWorkerFinishes() async throws {
        let pool = try Self.drainedPool()
        pool.shared.withLock { $0.workers = 1 }
        let clock = ContinuousClock()
        let start = clock.now
        async let watch: Void = pool.watchWorkers(for: Self.longWatch)
        while pool.shared.withLock({ $0.watcher == nil }) { await Task.yield() }

        let (step, wake) = pool.shared.withLock { $0.nextStep() }
        pool.resume(wake)

        await watch
        #expect(clock.now - start < Self.longWatch / 2)
        guard case .finish = step else {
            Issue.record("the last worker did not finish")
            return
        }
        #expect(pool.shared.withLock { $0.workers == 0 && $0.watcher == nil })
    }

    @Test func aWatchWithNoWorkerLeftDoesNotWaitAndOneWithWorkersEndsWithItsTimer() async throws {
        let pool = try Self.drainedPool()
        let clock = ContinuousClock()
        let start = clock.now
        await pool.watchWorkers(for: Self.longWatch)
        #expect(clock.now - start < Self.longWatch / 2)

        pool.shared.withLock { $0.workers = 1 }
        await pool.watchWorkers(for: .milliseconds(1))
        #expect(pool.shared.withLock { $0.watcher == nil })
    }
}
