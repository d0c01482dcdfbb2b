/// Runs the concurrent part of a run on a pool of worker tasks that take ready tasks from one
/// queue, instead of one child task per flow task.
///
/// A worker runs a task, records its end, and takes the next ready task itself — often one its
/// own task just made ready — so a flow of thousands of small tasks costs a handful of child
/// tasks, not thousands. Workers with nothing to take wait (a continuation, no thread).
///
/// Every decision — which task a worker takes, when it waits or finishes, when the owner adds
/// workers, when the journal is written — is made by a ``WorkerPoolStateMachine`` behind one
/// lock, so transitions are recorded, journaled and reported one at a time, in the order they
/// happened. This class only carries those decisions out: it runs tasks, performs journal
/// writes outside the lock, suspends and resumes workers and the owner, and times the owner's
/// watch (``Engine/Scheduling``).
@usableFromInline
final class WorkerPool<State: Sendable, Context: Sendable>: Sendable {
    /// The decisions, with the pool's own waiters: a worker is resumed with whether it was
    /// counted as arriving.
    @usableFromInline
    typealias Machine = WorkerPoolStateMachine<UnsafeContinuation<Bool, Never>, UnsafeContinuation<Void, Never>>

    @usableFromInline let shared: LockedValue<Machine>
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]
    @usableFromInline let store: FlowStore<State>
    @usableFromInline let context: Context
    @usableFromInline let scheduling: Engine.Scheduling

    @usableFromInline
    init(
        _ schedule: RunSchedule, executes: [ExecuteAdapter<State, Context>], graph: TaskGraph,
        store: FlowStore<State>, context: Context, limit: Int, scheduling: Engine.Scheduling,
        cancellation: CancellationFlag
    ) {
        self.shared = LockedValue(Machine(schedule, graph: graph, limit: limit, cancellation: cancellation))
        self.executes = executes
        self.store = store
        self.context = context
        self.scheduling = scheduling
    }

    // MARK: - Owner

    /// Starts a worker, wakes and starts more when asked (unless the workers are keeping up),
    /// and returns once every worker has finished: when no task is left to run, or the run
    /// stopped and nothing runs.
    /// - Returns: The run's scheduling, for the rest of the run.
    @inlinable
    nonisolated(nonsending) func run() async -> RunSchedule {
        await withDiscardingTaskGroup { group in
            shared.withLock { $0.startFirstWorker() }
            var start = 1
            // Watched longer each time the workers keep up, so a flow of small tasks does not
            // keep the owner busy; shorter again once they do not.
            var watch = scheduling.firstWatch
            while true {
                for _ in 0..<start {
                    group.addTask { await self.work() }
                }
                guard await isAskedForWorkers() else { break }
                let keepingUp = await areKeepingUp(watching: watch)
                watch = keepingUp ? min(watch * 2, scheduling.longestWatch) : scheduling.firstWatch
                let (woken, started) = shared.withLock { $0.provideWorkers(keepingUp: keepingUp) }
                for worker in woken { worker.resume(returning: true) }
                start = started
            }
        }
        return shared.withLock { $0.schedule }
    }

    /// Watches the workers for `watch` and tells whether they keep up
    /// (``WorkerPoolStateMachine/areKeepingUp(endedDuringWatch:elapsed:quickTask:)``). Tasks
    /// that take longer — or suspend — get workers of their own after that moment.
    @inlinable
    nonisolated(nonsending) func areKeepingUp(watching watch: Duration) async -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        let before = shared.withLock { $0.ended }
        await watchWorkers(for: watch)
        let ended = shared.withLock { $0.ended } - before
        return Machine.areKeepingUp(endedDuringWatch: ended, elapsed: clock.now - start, quickTask: scheduling.quickTask)
    }

    /// Waits `watch`, or less if the last worker finishes meanwhile: a run whose workers got
    /// through every task during the watch ends then, not up to the longest watch later.
    @inlinable
    nonisolated(nonsending) func watchWorkers(for watch: Duration) async {
        var timer: Task<Void, Never>?
        await withUnsafeContinuation { (watcher: UnsafeContinuation<Void, Never>) in
            guard shared.withLock({ $0.watch(watcher) }) else { return watcher.resume() }
            // Started once the watcher is registered, so the timer cannot fire before it.
            timer = Task { [self] in
                try? await Task.sleep(for: watch)
                shared.withLock { $0.watchEnded() }?.resume()
            }
        }
        // Woken by the last worker: the timer has nothing left to do.
        timer?.cancel()
    }

    /// Waits until a worker asks for more workers (`true`) or the last worker finished
    /// (`false`).
    @inlinable
    nonisolated(nonsending) func isAskedForWorkers() async -> Bool {
        await withUnsafeContinuation { (owner: UnsafeContinuation<Void, Never>) in
            if !shared.withLock({ $0.ownerWaits(owner) }) { owner.resume() }
        }
        return shared.withLock { $0.workers > 0 }
    }

    // MARK: - Workers

    /// One worker: runs ready tasks until none is left for it. Each turn of the lock records
    /// what the worker just did and decides what it does next; in a durable run, a worker
    /// whose turn made journal records due writes them (outside the lock) before going on.
    @inlinable
    func work() async {
        var event = Machine.Event.arrived(counted: true)
        while true {
            let (step, wake) = shared.withLock { $0.turn(after: event) }
            resume(wake)
            switch step {
            case .run(let task):
                var failure: (any Error)?
                do {
                    try await executes[task].execute(store, context)
                } catch {
                    failure = error
                }
                event = .ended(task, failure: failure)
            case .write(let write, let then):
                let error = await write.perform()
                event = .wrote(write, error: error, then: then)
            case .awaitStart(let record, let task):
                await withUnsafeContinuation { (worker: UnsafeContinuation<Void, Never>) in
                    if !shared.withLock({ $0.awaitDurable(worker, through: record) }) { worker.resume() }
                }
                event = .startRecorded(task)
            case .wait:
                // Checked again under the lock that registers the wait, so a task made ready in
                // between is not missed. A worker woken by the owner was counted arriving.
                let counted = await withUnsafeContinuation { (worker: UnsafeContinuation<Bool, Never>) in
                    if !shared.withLock({ $0.wait(worker) }) { worker.resume(returning: false) }
                }
                event = .arrived(counted: counted)
            case .finish:
                return
            }
        }
    }

    /// Resumes the waiters a decision woke, once the lock is released.
    @inlinable
    func resume(_ wake: Machine.Wake) {
        for worker in wake.workers { worker.resume(returning: false) }
        for worker in wake.durable { worker.resume() }
        wake.owner?.resume()
        wake.watcher?.resume()
    }
}
