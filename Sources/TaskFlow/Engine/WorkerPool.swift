import Synchronization

/// Runs the concurrent part of a run on a pool of worker tasks that take ready tasks from one
/// queue, instead of one child task per flow task.
///
/// A worker runs a task, records its end, and takes the next ready task itself — often one its
/// own task just made ready — so a flow of thousands of small tasks costs a handful of child
/// tasks, not thousands. Workers with nothing to take wait (a continuation, no thread) and are
/// woken when tasks become ready. When more tasks are ready than workers can take, the pool
/// asks its owner (the only one who may add to the task group) for more workers, up to the
/// concurrency limit: everything that is ready still runs at once.
///
/// All bookkeeping — the ready queue, the in-degree counters and the run's ``RunLedger`` — is
/// behind one lock, so transitions are recorded, journaled and reported one at a time, in the
/// order they happened.
@usableFromInline
final class WorkerPool<State: Sendable, Context: Sendable>: Sendable {
    /// What the workers share.
    @usableFromInline
    struct Shared: Sendable {
        @usableFromInline var ready: ReadyQueue
        @usableFromInline var waitingOn: [Int]
        @usableFromInline var ledger: RunLedger
        /// Set when a task failed or the run was cancelled: nothing new starts.
        @usableFromInline var stopped: Bool
        /// Tasks executing now.
        @usableFromInline var running = 0
        /// Workers started and not yet finished.
        @usableFromInline var workers = 0
        /// Workers the owner should start.
        @usableFromInline var requested = 0
        /// Workers started or woken for ready tasks that have not taken one yet: with
        /// ``requested``, the ready tasks already provided for.
        @usableFromInline var arriving = 0
        /// Workers waiting for a ready task; each is resumed with whether it counts as arriving.
        @usableFromInline var idle: [UnsafeContinuation<Bool, Never>] = []
        /// The owner, waiting to start workers or for the last one to finish.
        @usableFromInline var owner: UnsafeContinuation<Int, Never>?

        @usableFromInline
        init(ready: ReadyQueue, waitingOn: [Int], ledger: RunLedger, stopped: Bool) {
            self.ready = ready
            self.waitingOn = waitingOn
            self.ledger = ledger
            self.stopped = stopped
        }

        /// Whether no task can become ready any more: none is running, or every task of the
        /// flow has already been queued.
        @inlinable
        var isDrained: Bool {
            ready.count == 0 && (running == 0 || ready.tail == ready.slots.count)
        }
    }

    /// What a worker does next.
    @usableFromInline
    enum Step {
        case run(Int)
        case wait
        case finish
    }

    @usableFromInline let shared: Mutex<Shared>
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]
    @usableFromInline let graph: TaskGraph
    @usableFromInline let store: FlowStore<State>
    @usableFromInline let context: Context
    @usableFromInline let limit: Int
    @usableFromInline let cancellation: CancellationFlag

    @usableFromInline
    init(
        _ shared: Shared, executes: [ExecuteAdapter<State, Context>], graph: TaskGraph,
        store: FlowStore<State>, context: Context, limit: Int, cancellation: CancellationFlag
    ) {
        self.shared = Mutex(shared)
        self.executes = executes
        self.graph = graph
        self.store = store
        self.context = context
        self.limit = limit
        self.cancellation = cancellation
    }

    // MARK: - Owner

    /// Starts workers for the ready tasks, starts more when asked, and returns once every
    /// worker has finished: when no task is left to run, or the run stopped and nothing runs.
    /// - Returns: What the workers shared, for the rest of the run.
    @inlinable
    nonisolated(nonsending) func run() async -> Shared {
        await withDiscardingTaskGroup { group in
            var start = shared.withLock { shared in
                shared.requested = min(shared.ready.count, limit)
                return shared.takeRequest()
            }
            while start > 0 {
                for _ in 0..<start {
                    group.addTask { await self.work() }
                }
                start = await moreWorkers()
            }
        }
        return shared.withLock { $0 }
    }

    /// Waits until workers are wanted (returns how many) or the last worker finished (0).
    @inlinable
    nonisolated(nonsending) func moreWorkers() async -> Int {
        await withUnsafeContinuation { (owner: UnsafeContinuation<Int, Never>) in
            let answer: Int? = shared.withLock { shared in
                if shared.requested > 0 {
                    return shared.takeRequest()
                }
                if shared.workers == 0 { return 0 }
                shared.owner = owner
                return nil
            }
            if let answer { owner.resume(returning: answer) }
        }
    }

    // MARK: - Workers

    /// One worker: runs ready tasks until none is left for it. Recording a task's end and
    /// taking the next task share one turn of the lock.
    @inlinable
    func work() async {
        guard var task = await take(arriving: true) else { return }
        while true {
            var failure: (any Error)?
            do {
                try await executes[task].execute(store, context)
            } catch {
                failure = error
            }
            let (step, wake) = shared.withLock { shared in
                // Counted as arriving while the tasks it makes ready are provided for: it takes
                // one of them itself.
                shared.arriving += 1
                var wake = end(task, failure: failure, &shared)
                shared.arriving -= 1
                let (step, more) = nextStep(&shared)
                wake.add(more)
                return (step, wake)
            }
            Self.resume(wake)
            switch step {
            case .run(let next):
                task = next
            case .finish:
                return
            case .wait:
                guard let next = await take(arriving: false) else { return }
                task = next
            }
        }
    }

    /// The next task to run, waiting while none is ready but some may become so; `nil` when
    /// the worker should finish.
    /// - Parameter arriving: Whether the worker was counted in ``Shared/arriving``.
    @inlinable
    func take(arriving: Bool) async -> Int? {
        var arriving = arriving
        while true {
            let (step, wake) = shared.withLock { shared in
                if arriving { shared.arriving -= 1 }
                return nextStep(&shared)
            }
            arriving = false
            Self.resume(wake)
            switch step {
            case .run(let task):
                return task
            case .finish:
                return nil
            case .wait:
                // Checked again under the lock that registers the wait, so a task made ready
                // in between is not missed.
                arriving = await withUnsafeContinuation { (worker: UnsafeContinuation<Bool, Never>) in
                    let waiting = shared.withLock { shared in
                        guard case .wait = nextStep(peeking: shared) else { return false }
                        shared.idle.append(worker)
                        return true
                    }
                    if !waiting { worker.resume(returning: false) }
                }
            }
        }
    }

    /// What a worker does next, given what is shared; takes the task it will run, or counts
    /// the worker out.
    /// - Returns: The step, and the waiters to resume once the lock is released.
    @inlinable
    func nextStep(_ shared: inout Shared) -> (Step, Waiters) {
        if !shared.stopped {
            // A durable run stops scheduling when suspended or when its journal failed.
            if shared.ledger.isHalted {
                shared.stopped = true
            } else if cancellation.isRaised {
                shared.stopped = true
                shared.ledger.noteCancellation()
            }
        }
        switch nextStep(peeking: shared) {
        case .run:
            let task = shared.ready.pop()
            shared.running += 1
            shared.ledger.start(task)
            return (.run(task), Waiters())
        case .wait:
            return (.wait, Waiters())
        case .finish:
            shared.workers -= 1
            // Nothing more will become ready: the waiting workers finish too.
            var wake = Waiters(workers: shared.idle.map { ($0, false) })
            shared.idle.removeAll()
            // Workers asked for earlier would have nothing to do.
            shared.requested = 0
            if shared.workers == 0, let owner = shared.owner {
                shared.owner = nil
                wake.owner = (owner, 0)
            }
            return (.finish, wake)
        }
    }

    /// What a worker would do next, without changing anything.
    @inlinable
    func nextStep(peeking shared: Shared) -> Step {
        if shared.stopped || shared.isDrained { return .finish }
        if shared.ready.count > 0, shared.running < limit {
            return .run(shared.ready.slots[shared.ready.head])
        }
        return .wait
    }

    /// Records the end of `task` and queues the successors it made ready.
    /// - Returns: The waiting workers to wake for them, and any workers to ask the owner for.
    @inlinable
    func end(_ task: Int, failure: (any Error)?, _ shared: inout Shared) -> Waiters {
        shared.running -= 1
        if let failure {
            shared.ledger.fail(task, failure)
            shared.stopped = true
        } else {
            shared.ledger.succeed(task)
            for edge in graph.successorStart[task]..<graph.successorStart[task + 1] {
                let next = graph.successors[edge]
                shared.waitingOn[next] -= 1
                if shared.waitingOn[next] == 0 { shared.ready.push(next) }
            }
        }
        return wakeWorkers(&shared)
    }

    /// The waiting workers to wake now that `shared` changed, and any workers to ask for.
    @inlinable
    func wakeWorkers(_ shared: inout Shared) -> Waiters {
        var wake = Waiters()
        if shared.stopped || shared.isDrained {
            // Nothing more will start: the waiting workers finish.
            wake.workers = shared.idle.map { ($0, false) }
            shared.idle.removeAll()
            return wake
        }
        // Ready tasks no worker is on its way to take (the worker ending a task counts itself
        // as arriving).
        let unclaimed = min(shared.ready.count, limit - shared.running) - shared.arriving - shared.requested
        guard unclaimed > 0 else { return wake }
        let woken = min(unclaimed, shared.idle.count)
        wake.workers = shared.idle.suffix(woken).map { ($0, true) }
        shared.idle.removeLast(woken)
        shared.arriving += woken
        let wanted = min(unclaimed - woken, limit - shared.workers - shared.requested)
        if wanted > 0 {
            shared.requested += wanted
            if let owner = shared.owner {
                shared.owner = nil
                wake.owner = (owner, shared.takeRequest())
            }
        }
        return wake
    }

    /// Continuations to resume after the lock is released.
    @usableFromInline
    struct Waiters {
        /// Workers to resume, and whether each counts as arriving.
        @usableFromInline var workers: [(UnsafeContinuation<Bool, Never>, Bool)]
        @usableFromInline var owner: (UnsafeContinuation<Int, Never>, Int)?

        @inlinable
        init(workers: [(UnsafeContinuation<Bool, Never>, Bool)] = []) {
            self.workers = workers
        }

        /// Adds `other`'s continuations to these.
        @inlinable
        mutating func add(_ other: Waiters) {
            if !other.workers.isEmpty { workers += other.workers }
            if let request = other.owner { owner = request }
        }
    }

    @inlinable
    static func resume(_ waiters: Waiters) {
        for (worker, arriving) in waiters.workers { worker.resume(returning: arriving) }
        if let (owner, count) = waiters.owner { owner.resume(returning: count) }
    }
}

extension WorkerPool.Shared {
    /// Hands the requested workers to the owner, counting them as started.
    @inlinable
    mutating func takeRequest() -> Int {
        let count = requested
        requested = 0
        workers += count
        arriving += count
        return count
    }
}
