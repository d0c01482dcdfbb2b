/// Runs the concurrent part of a run on a pool of worker tasks that take ready tasks from one
/// queue, instead of one child task per flow task.
///
/// A worker runs a task, records its end, and takes the next ready task itself — often one its
/// own task just made ready — so a flow of thousands of small tasks costs a handful of child
/// tasks, not thousands. Workers with nothing to take wait (a continuation, no thread).
///
/// The pool starts with one worker. When more tasks are ready than workers are on their way to
/// take, a worker tells the pool's owner (the only one who may add to the task group). The
/// owner watches the workers for a moment (``watch``, doubling up to ``longestWatch`` while they
/// keep up): if they end tasks faster than one per ``quickTask``, the ready tasks will be taken
/// in a moment anyway and more workers would only contend for the lock, so it lets them be;
/// otherwise — tasks that take time, or suspend — it wakes waiting workers and starts new ones,
/// one per unclaimed ready task, up to the concurrency limit. So everything that is ready runs
/// at once, give or take that moment.
///
/// All bookkeeping — the ready queue, the in-degree counters and the run's ``RunLedger`` — is
/// behind one lock, so transitions are recorded, journaled and reported one at a time, in the
/// order they happened.
@usableFromInline
final class WorkerPool<State: Sendable, Context: Sendable>: Sendable {
    /// What the workers and the owner share.
    @usableFromInline
    struct Shared: Sendable {
        /// The run's scheduling, handed over by its ``FlowRun`` and back when the pool is done.
        @usableFromInline var schedule: RunSchedule
        /// Tasks executing now.
        @usableFromInline var running = 0
        /// Workers started and not yet finished.
        @usableFromInline var workers = 0
        /// Workers started or woken for a ready task that have not taken one yet.
        @usableFromInline var arriving = 0
        /// Workers waiting for a ready task, resumed with whether they count as arriving.
        @usableFromInline var idle: [UnsafeContinuation<Bool, Never>] = []
        /// Whether a worker asked the owner for more workers since it last looked.
        @usableFromInline var wantsWorkers = false
        /// Tasks ended so far: how fast the workers get through them.
        @usableFromInline var ended = 0
        /// The owner, waiting to be asked for workers or for the last worker to finish.
        @usableFromInline var owner: UnsafeContinuation<Void, Never>?
        /// The owner, watching the workers: resumed when the watch is over or the last worker
        /// finished, whichever comes first.
        @usableFromInline var watcher: UnsafeContinuation<Void, Never>?

        @usableFromInline
        init(_ schedule: RunSchedule) {
            self.schedule = schedule
        }

        /// Whether no task can become ready any more: none is running and no success waits for
        /// the journal to release its successors, or every task of the flow has already been
        /// queued.
        @inlinable
        var isDrained: Bool {
            schedule.ready.count == 0
                && ((running == 0 && !schedule.awaitsDurability) || schedule.ready.hasHeldEveryTask)
        }

        /// Ready tasks that may start now (within `limit`) and that no worker is on its way
        /// to take.
        @inlinable
        func unclaimed(limit: Int) -> Int {
            min(schedule.ready.count, limit - running) - arriving
        }
    }

    /// What a worker does next.
    @usableFromInline
    enum Step {
        /// Execute the task (already taken from the ready queue and started).
        case run(Int)
        /// Perform a journal write, then run `then` if there is one.
        case write(JournalWrite, then: Int?)
        /// Wait until the records up to `record` are durable, then run `task`.
        case awaitStart(record: Int, task: Int)
        /// Wait until a task may be ready.
        case wait
        /// Nothing is left for this worker.
        case finish
    }

    @usableFromInline let shared: LockedValue<Shared>
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]
    @usableFromInline let graph: TaskGraph
    @usableFromInline let store: FlowStore<State>
    @usableFromInline let context: Context
    @usableFromInline let limit: Int
    @usableFromInline let cancellation: CancellationFlag

    /// How long the owner watches the workers before starting more, at first.
    @usableFromInline static var watch: Duration { .microseconds(50) }
    /// The longest the owner watches them.
    @usableFromInline static var longestWatch: Duration { .milliseconds(1) }
    /// The time per task below which the workers are keeping up: handing a task to another
    /// worker would cost more than it saves.
    @usableFromInline static var quickTask: Duration { .microseconds(5) }

    @usableFromInline
    init(
        _ schedule: RunSchedule, executes: [ExecuteAdapter<State, Context>], graph: TaskGraph,
        store: FlowStore<State>, context: Context, limit: Int, cancellation: CancellationFlag
    ) {
        self.shared = LockedValue(Shared(schedule))
        self.executes = executes
        self.graph = graph
        self.store = store
        self.context = context
        self.limit = limit
        self.cancellation = cancellation
    }

    // MARK: - Owner

    /// Starts a worker, wakes and starts more when asked (unless the workers are keeping up),
    /// and returns once every worker has finished: when no task is left to run, or the run
    /// stopped and nothing runs.
    /// - Returns: The run's scheduling, for the rest of the run.
    @inlinable
    nonisolated(nonsending) func run() async -> RunSchedule {
        await withDiscardingTaskGroup { group in
            // One worker to begin with; the owner watches it before starting more.
            var start = shared.withLock { shared in
                shared.workers = 1
                shared.arriving = 1
                shared.wantsWorkers = shared.schedule.ready.count > 1
                return 1
            }
            // Watched longer each time the workers keep up, so a flow of small tasks does not
            // keep the owner busy; shorter again once they do not.
            var watch = Self.watch
            while true {
                for _ in 0..<start {
                    group.addTask { await self.work() }
                }
                guard await isAskedForWorkers() else { break }
                let keepingUp = await areKeepingUp(watching: watch)
                watch = keepingUp ? min(watch * 2, Self.longestWatch) : Self.watch
                let (woken, started) = shared.withLock { shared -> ([UnsafeContinuation<Bool, Never>], Int) in
                    if keepingUp {
                        shared.wantsWorkers = false
                        return ([], 0)
                    }
                    return provideWorkers(&shared)
                }
                for worker in woken { worker.resume(returning: true) }
                start = started
            }
        }
        return shared.withLock { $0.schedule }
    }

    /// Watches the workers for `watch`: whether they end tasks faster than one per
    /// ``quickTask``, so that ready tasks wait only briefly for them and more workers would
    /// only contend for the lock. Tasks that take longer — or suspend — get workers of their
    /// own after that moment.
    @inlinable
    nonisolated(nonsending) func areKeepingUp(watching watch: Duration) async -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        let before = shared.withLock { $0.ended }
        await watchWorkers(for: watch)
        let ended = shared.withLock { $0.ended } - before
        return ended > 0 && (clock.now - start) / ended < Self.quickTask
    }

    /// Waits `watch`, or less if the last worker finishes meanwhile: a run whose workers got
    /// through every task during the watch ends then, not up to ``longestWatch`` later.
    @inlinable
    nonisolated(nonsending) func watchWorkers(for watch: Duration) async {
        var timer: Task<Void, Never>?
        await withUnsafeContinuation { (watcher: UnsafeContinuation<Void, Never>) in
            let waiting = shared.withLock { shared in
                guard shared.workers > 0 else { return false }
                shared.watcher = watcher
                return true
            }
            guard waiting else { return watcher.resume() }
            // Started once the watcher is registered, so the timer cannot fire before it.
            timer = Task { [self] in
                try? await Task.sleep(for: watch)
                shared.withLock { $0.watcher.take() }?.resume()
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
            let waiting = shared.withLock { shared in
                guard !shared.wantsWorkers, shared.workers > 0 else { return false }
                shared.owner = owner
                return true
            }
            if !waiting { owner.resume() }
        }
        return shared.withLock { $0.workers > 0 }
    }

    /// Wakes waiting workers, then starts new ones, for the ready tasks still unclaimed.
    /// - Returns: The workers to wake once the lock is released, and how many to start.
    @inlinable
    func provideWorkers(_ shared: inout Shared) -> (woken: [UnsafeContinuation<Bool, Never>], started: Int) {
        shared.wantsWorkers = false
        guard !shared.schedule.stopped else { return ([], 0) }
        let unclaimed = shared.unclaimed(limit: limit)
        guard unclaimed > 0 else { return ([], 0) }
        let wakeCount = min(unclaimed, shared.idle.count)
        let woken = Array(shared.idle.suffix(wakeCount))
        shared.idle.removeLast(wakeCount)
        let started = max(0, min(unclaimed - wakeCount, limit - shared.workers))
        shared.workers += started
        shared.arriving += wakeCount + started
        return (woken, started)
    }

    // MARK: - Workers

    /// What just happened to a worker, reported under the lock to decide what it does next.
    @usableFromInline
    enum WorkerEvent {
        /// The worker starts, or was woken; `counted` when it was counted in
        /// ``Shared/arriving``.
        case arrived(counted: Bool)
        /// The worker ran `task`, which threw `failure` or succeeded.
        case ended(Int, failure: (any Error)?)
        /// The worker performed a journal write; `then` is the task it took before, whose start
        /// had to be durable first.
        case wrote(JournalWrite, error: (any Error)?, then: Int?)
        /// The records `task`'s start waited for are durable (or never will be).
        case startRecorded(Int)
    }

    /// One worker: runs ready tasks until none is left for it. Each turn of the lock records
    /// what the worker just did and decides what it does next; in a durable run, a worker
    /// whose turn made journal records due writes them (outside the lock) before going on.
    @inlinable
    func work() async {
        var event = WorkerEvent.arrived(counted: true)
        while true {
            let (step, wake) = shared.withLock { shared in turn(after: event, &shared) }
            wake.resume()
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
                await awaitDurable(through: record)
                event = .startRecorded(task)
            case .wait:
                event = .arrived(counted: await waitForWork())
            case .finish:
                return
            }
        }
    }

    /// Records `event` and decides the worker's next step.
    /// - Returns: The step, and the continuations to resume once the lock is released.
    @inlinable
    func turn(after event: WorkerEvent, _ shared: inout Shared) -> (Step, Waiters) {
        var wake = Waiters()
        switch event {
        case .arrived(let counted):
            if counted { shared.arriving -= 1 }
        case .ended(let task, let failure):
            wake = end(task, failure: failure, &shared)
        case .wrote(let write, let error, let then):
            let completion = shared.schedule.ledger.recorder!.finish(write, error: error)
            for task in completion.released { shared.schedule.release(task, in: graph) }
            wake = wakeForReadyTasks(&shared)
            wake.durable = completion.resumed
            if let next = completion.next { return (.write(next, then: then), wake) }
            if let then {
                let (step, more) = startOrAbandon(then, &shared)
                wake.add(more)
                return (step, wake)
            }
        case .startRecorded(let task):
            return startOrAbandon(task, &shared)
        }
        // Records made due by what just happened are written first.
        if let write = shared.schedule.ledger.recorder?.takeWrite() { return (.write(write, then: nil), wake) }
        let (step, more) = nextStep(&shared)
        wake.add(more)
        guard case .run(let task) = step, shared.schedule.ledger.recorder?.startsAreDurable == true else {
            return (step, wake)
        }
        // The journal syncs every transition: the task's start is durable before it executes.
        if let write = shared.schedule.ledger.recorder!.takeWrite() { return (.write(write, then: task), wake) }
        return (.awaitStart(record: shared.schedule.ledger.recorder!.lastRecord, task: task), wake)
    }

    /// The task whose start was waiting to be durable runs — unless the journal failed, in
    /// which case it never runs and the run stops.
    @inlinable
    func startOrAbandon(_ task: Int, _ shared: inout Shared) -> (Step, Waiters) {
        guard shared.schedule.ledger.recorder?.error != nil else { return (.run(task), Waiters()) }
        shared.running -= 1
        return nextStep(&shared)
    }

    /// Waits until the run's records up to `record` are durable, or never will be.
    @inlinable
    func awaitDurable(through record: Int) async {
        await withUnsafeContinuation { (waiter: UnsafeContinuation<Void, Never>) in
            let waiting = shared.withLock { shared in
                shared.schedule.ledger.recorder!.wait(waiter, through: record)
            }
            if !waiting { waiter.resume() }
        }
    }

    /// Waits until a task may be ready for this worker, or the worker should finish.
    /// - Returns: Whether the worker was counted as arriving by whoever woke it.
    @inlinable
    func waitForWork() async -> Bool {
        // Checked again under the lock that registers the wait, so a task made ready in
        // between is not missed. A worker woken by the owner was counted arriving.
        await withUnsafeContinuation { (worker: UnsafeContinuation<Bool, Never>) in
            let waiting = shared.withLock { shared in
                guard case .wait = nextStep(peeking: shared) else { return false }
                shared.idle.append(worker)
                return true
            }
            if !waiting { worker.resume(returning: false) }
        }
    }

    /// What a worker does next, given what is shared; takes the task it will run, or counts
    /// the worker out.
    /// - Returns: The step, and the continuations to resume once the lock is released.
    @inlinable
    func nextStep(_ shared: inout Shared) -> (Step, Waiters) {
        _ = shared.schedule.stopIfHaltedOrCancelled(cancellation)
        switch nextStep(peeking: shared) {
        case .run:
            let task = shared.schedule.ready.pop()
            shared.running += 1
            shared.schedule.ledger.start(task)
            return (.run(task), Waiters())
        case .finish:
            return (.finish, finishWorker(&shared))
        default:
            return (.wait, Waiters())
        }
    }

    /// Counts a worker out. Nothing more will start: the waiting workers finish too, and the
    /// owner learns when the last one has.
    @inlinable
    func finishWorker(_ shared: inout Shared) -> Waiters {
        shared.workers -= 1
        var wake = Waiters(workers: shared.idle)
        shared.idle.removeAll()
        if shared.workers == 0 {
            wake.owner = shared.owner.take()
            wake.watcher = shared.watcher.take()
        }
        return wake
    }

    /// What a worker would do next, without changing anything.
    @inlinable
    func nextStep(peeking shared: Shared) -> Step {
        if shared.schedule.stopped || shared.isDrained { return .finish }
        if shared.schedule.ready.count > 0, shared.running < limit {
            return .run(shared.schedule.ready.next)
        }
        return .wait
    }

    /// Records the end of `task` and queues the successors it made ready.
    /// - Returns: The continuations to resume: waiting workers when nothing more will start,
    ///   the owner when ready tasks are left over for other workers.
    @inlinable
    func end(_ task: Int, failure: (any Error)?, _ shared: inout Shared) -> Waiters {
        shared.running -= 1
        shared.ended += 1
        if let failure {
            shared.schedule.fail(task, failure)
        } else {
            shared.schedule.succeed(task, in: graph)
        }
        return wakeForReadyTasks(&shared)
    }

    /// After tasks became ready or the run stopped: when nothing more will start, the waiting
    /// workers, to finish; when more tasks are ready than this worker (which takes one next)
    /// and those on their way, the owner, to provide workers.
    @inlinable
    func wakeForReadyTasks(_ shared: inout Shared) -> Waiters {
        var wake = Waiters()
        if shared.schedule.stopped || shared.isDrained {
            wake.workers = shared.idle
            shared.idle.removeAll()
        } else if shared.unclaimed(limit: limit) > 1, !shared.wantsWorkers {
            shared.wantsWorkers = true
            wake.owner = shared.owner
            shared.owner = nil
        }
        return wake
    }

    /// Continuations to resume once the lock is released.
    @usableFromInline
    struct Waiters {
        /// Waiting workers that are to finish (not counted as arriving).
        @usableFromInline var workers: [UnsafeContinuation<Bool, Never>]
        @usableFromInline var owner: UnsafeContinuation<Void, Never>?
        /// The owner, cut short in its watch because the last worker finished.
        @usableFromInline var watcher: UnsafeContinuation<Void, Never>?
        /// Workers whose task's start is now durable (or never will be).
        @usableFromInline var durable: [UnsafeContinuation<Void, Never>] = []

        @inlinable
        init(workers: [UnsafeContinuation<Bool, Never>] = []) {
            self.workers = workers
        }

        /// Adds `other`'s continuations to these.
        @inlinable
        mutating func add(_ other: Waiters) {
            if !other.workers.isEmpty { workers += other.workers }
            if let owner = other.owner { self.owner = owner }
            if let watcher = other.watcher { self.watcher = watcher }
            if !other.durable.isEmpty { durable += other.durable }
        }

        /// Resumes them all.
        @inlinable
        func resume() {
            for worker in workers { worker.resume(returning: false) }
            for worker in durable { worker.resume() }
            owner?.resume()
            watcher?.resume()
        }
    }
}
