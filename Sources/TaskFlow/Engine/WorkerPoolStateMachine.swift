/// The decisions of a ``WorkerPool``, as a plain value: what the owner and the workers share,
/// and what each of them does next.
///
/// Every method is synchronous and called under the pool's lock; it changes the state and
/// returns what the caller must do once the lock is released (run a task, write the journal,
/// wait, wake others) — it never suspends, sleeps or reads a clock, so the pool's behaviour can
/// be driven step by step in tests. The waiters it keeps are generic: the pool stores its
/// tasks' continuations (`Worker` is resumed with whether the worker was counted as arriving,
/// `Owner` with nothing); tests store numbers.
@usableFromInline
struct WorkerPoolStateMachine<Worker, Owner> {
    /// The run's scheduling, handed over by its ``FlowRun`` and back when the pool is done.
    @usableFromInline var schedule: RunSchedule
    /// The order of the tasks: what a success makes ready.
    @usableFromInline let graph: TaskGraph
    /// The most tasks executing at once.
    @usableFromInline let limit: Int
    /// Raised when the run's task is cancelled.
    @usableFromInline let cancellation: CancellationFlag
    /// Tasks executing now (taken and started, not yet ended).
    @usableFromInline var running = 0
    /// Workers started and not yet finished.
    @usableFromInline var workers = 0
    /// Workers started or woken for a ready task that have not taken one yet.
    @usableFromInline var arriving = 0
    /// Workers waiting for a ready task.
    @usableFromInline var idle: [Worker] = []
    /// Whether a worker asked the owner for more workers since it last looked.
    @usableFromInline var wantsWorkers = false
    /// Tasks ended so far: how fast the workers get through them.
    @usableFromInline var ended = 0
    /// The owner, waiting to be asked for workers or for the last worker to finish.
    @usableFromInline var owner: Owner?
    /// The owner, watching the workers: resumed when the watch is over or the last worker
    /// finished, whichever comes first.
    @usableFromInline var watcher: Owner?

    @usableFromInline
    init(_ schedule: RunSchedule, graph: TaskGraph, limit: Int, cancellation: CancellationFlag) {
        self.schedule = schedule
        self.graph = graph
        self.limit = limit
        self.cancellation = cancellation
    }

    // MARK: - What a worker does

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

    /// What just happened to a worker.
    @usableFromInline
    enum Event {
        /// The worker starts, or was woken; `counted` when it was counted in ``arriving``.
        case arrived(counted: Bool)
        /// The worker ran `task`, which threw `failure` or succeeded.
        case ended(Int, failure: (any Error)?)
        /// The worker performed a journal write; `then` is the task it took before, whose start
        /// had to be durable first.
        case wrote(JournalWrite, error: (any Error)?, then: Int?)
        /// The records `task`'s start waited for are durable (or never will be).
        case startRecorded(Int)
    }

    /// Waiters to resume once the lock is released.
    @usableFromInline
    struct Wake {
        /// Waiting workers that are to finish (not counted as arriving).
        @usableFromInline var workers: [Worker] = []
        /// The owner, asked for workers or told the last worker finished.
        @usableFromInline var owner: Owner?
        /// The owner, cut short in its watch because the last worker finished.
        @usableFromInline var watcher: Owner?
        /// Workers whose task's start is now durable (or never will be).
        @usableFromInline var durable: [UnsafeContinuation<Void, Never>] = []

        @inlinable
        init() {}

        /// Adds `other`'s waiters to these.
        @inlinable
        mutating func add(_ other: Wake) {
            if !other.workers.isEmpty { workers += other.workers }
            if let owner = other.owner { self.owner = owner }
            if let watcher = other.watcher { self.watcher = watcher }
            if !other.durable.isEmpty { durable += other.durable }
        }
    }

    /// Records `event` and decides the worker's next step: records made due are written
    /// first; then the next ready task, unless the run stopped or nothing is ready.
    @inlinable
    mutating func turn(after event: Event) -> (Step, Wake) {
        var wake = Wake()
        switch event {
        case .arrived(let counted):
            if counted { arriving -= 1 }
        case .ended(let task, let failure):
            wake = end(task, failure: failure)
        case .wrote(let write, let error, let then):
            let completion = schedule.ledger.recorder!.finish(write, error: error)
            for task in completion.released { schedule.release(task, in: graph) }
            wake = wakeForReadyTasks()
            wake.durable = completion.resumed
            if let next = completion.next { return (.write(next, then: then), wake) }
            if let then {
                let (step, more) = startOrAbandon(then)
                wake.add(more)
                return (step, wake)
            }
        case .startRecorded(let task):
            return startOrAbandon(task)
        }
        if let write = schedule.ledger.recorder?.takeWrite() { return (.write(write, then: nil), wake) }
        let (step, more) = nextStep()
        wake.add(more)
        guard case .run(let task) = step, schedule.ledger.recorder?.startsAreDurable == true else {
            return (step, wake)
        }
        // The journal syncs every transition: the task's start is durable before it executes.
        if let write = schedule.ledger.recorder!.takeWrite() { return (.write(write, then: task), wake) }
        return (.awaitStart(record: schedule.ledger.recorder!.lastRecord, task: task), wake)
    }

    /// Registers a worker that found nothing to do, unless something changed since its step
    /// was decided.
    /// - Returns: `false` when the worker should look again at once (resume it, not counted).
    @inlinable
    mutating func wait(_ worker: Worker) -> Bool {
        guard case .wait = peekStep() else { return false }
        idle.append(worker)
        return true
    }

    /// Registers a worker waiting for the journal to make records up to `record` durable.
    /// - Returns: `false` when they already are (or never will be): resume it at once.
    @inlinable
    mutating func awaitDurable(_ worker: UnsafeContinuation<Void, Never>, through record: Int) -> Bool {
        schedule.ledger.recorder!.wait(worker, through: record)
    }

    /// The task whose start was waiting to be durable runs — unless the journal failed, in
    /// which case it never runs and the run stops.
    @inlinable
    mutating func startOrAbandon(_ task: Int) -> (Step, Wake) {
        guard schedule.ledger.recorder?.error != nil else { return (.run(task), Wake()) }
        running -= 1
        return nextStep()
    }

    /// What a worker does next: takes the task it will run, or counts the worker out.
    @inlinable
    mutating func nextStep() -> (Step, Wake) {
        _ = schedule.stopIfHaltedOrCancelled(cancellation)
        switch peekStep() {
        case .run:
            let task = schedule.ready.pop()
            running += 1
            schedule.ledger.start(task)
            return (.run(task), Wake())
        case .finish:
            return (.finish, finishWorker())
        default:
            return (.wait, Wake())
        }
    }

    /// What a worker would do next, without changing anything.
    @inlinable
    func peekStep() -> Step {
        if schedule.stopped || isDrained { return .finish }
        if schedule.ready.count > 0, running < limit { return .run(schedule.ready.next) }
        return .wait
    }

    /// Counts a worker out. Nothing more will start: the waiting workers finish too, and the
    /// owner learns when the last one has.
    @inlinable
    mutating func finishWorker() -> Wake {
        workers -= 1
        var wake = Wake()
        wake.workers = idle
        idle.removeAll()
        if workers == 0 {
            wake.owner = owner.take()
            wake.watcher = watcher.take()
        }
        return wake
    }

    /// Records the end of `task` and queues the successors it made ready.
    @inlinable
    mutating func end(_ task: Int, failure: (any Error)?) -> Wake {
        running -= 1
        ended += 1
        if let failure {
            schedule.fail(task, failure)
        } else {
            schedule.succeed(task, in: graph)
        }
        return wakeForReadyTasks()
    }

    /// After tasks became ready or the run stopped: when nothing more will start, the waiting
    /// workers, to finish; when more tasks are ready than this worker (which takes one next)
    /// and those on their way, the owner, to provide workers.
    @inlinable
    mutating func wakeForReadyTasks() -> Wake {
        var wake = Wake()
        if schedule.stopped || isDrained {
            wake.workers = idle
            idle.removeAll()
        } else if unclaimed > 1, !wantsWorkers {
            wantsWorkers = true
            wake.owner = owner.take()
        }
        return wake
    }

    /// Whether no task can become ready any more: none is running and no success waits for the
    /// journal to release its successors, or every task of the flow has already been queued.
    @inlinable
    var isDrained: Bool {
        schedule.ready.count == 0
            && ((running == 0 && !schedule.awaitsDurability) || schedule.ready.hasHeldEveryTask)
    }

    /// Ready tasks that may start now (within ``limit``) and that no worker is on its way to take.
    @inlinable
    var unclaimed: Int {
        min(schedule.ready.count, limit - running) - arriving
    }

    // MARK: - What the owner does

    /// The pool starts with one worker, counted as arriving; the owner is asked for more at once
    /// when more than one task is ready.
    @inlinable
    mutating func startFirstWorker() {
        workers = 1
        arriving = 1
        wantsWorkers = schedule.ready.count > 1
    }

    /// Registers the owner, waiting until a worker asks for more workers or the last one
    /// finishes.
    /// - Returns: `false` when either already happened: resume the owner at once.
    @inlinable
    mutating func ownerWaits(_ waiter: Owner) -> Bool {
        guard !wantsWorkers, workers > 0 else { return false }
        owner = waiter
        return true
    }

    /// Registers the owner, watching the workers until the watch ends or the last worker
    /// finishes.
    /// - Returns: `false` when no worker is left: resume the owner at once.
    @inlinable
    mutating func watch(_ waiter: Owner) -> Bool {
        guard workers > 0 else { return false }
        watcher = waiter
        return true
    }

    /// The watch is over: the watching owner, to resume, if the last worker did not already.
    @inlinable
    mutating func watchEnded() -> Owner? {
        watcher.take()
    }

    /// Whether the workers keep up: they ended `endedDuringWatch` tasks in `elapsed`, faster
    /// than one per `quickTask`, so that ready tasks wait only briefly for them and more
    /// workers would only contend for the lock.
    @inlinable
    static func areKeepingUp(endedDuringWatch: Int, elapsed: Duration, quickTask: Duration) -> Bool {
        endedDuringWatch > 0 && elapsed / endedDuringWatch < quickTask
    }

    /// After a watch: lets keeping-up workers be; otherwise wakes waiting workers, then starts
    /// new ones, one per ready task still unclaimed, within the limit.
    /// - Returns: The workers to wake (counted as arriving) and how many to start.
    @inlinable
    mutating func provideWorkers(keepingUp: Bool) -> (woken: [Worker], started: Int) {
        wantsWorkers = false
        guard !keepingUp, !schedule.stopped else { return ([], 0) }
        let unclaimed = unclaimed
        guard unclaimed > 0 else { return ([], 0) }
        let wakeCount = min(unclaimed, idle.count)
        let woken = Array(idle.suffix(wakeCount))
        idle.removeLast(wakeCount)
        let started = max(0, min(unclaimed - wakeCount, limit - workers))
        workers += started
        arriving += wakeCount + started
        return (woken, started)
    }
}

extension WorkerPoolStateMachine: Sendable where Worker: Sendable, Owner: Sendable {}
