/// The bookkeeping of a run's scheduler — ready tasks, unfinished predecessors per task, the
/// ledger, whether the run stopped — and what every scheduler does with it.
///
/// ``FlowRun`` keeps it while tasks run one at a time and hands it to a ``WorkerPool``, which
/// keeps it behind its lock while tasks run concurrently. Both record a task's end and decide to
/// stop through these methods.
@usableFromInline
struct RunSchedule: Sendable {
    /// Tasks ready to start.
    @usableFromInline var ready: ReadyQueue
    /// Unfinished predecessors per task; a task is ready when its count reaches zero.
    @usableFromInline var waitingOn: [Int]
    /// Every transition of the run.
    @usableFromInline var ledger: RunLedger
    /// Set when a task failed or the run was cancelled or halted: nothing new starts.
    @usableFromInline var stopped = false

    @usableFromInline
    init(ready: ReadyQueue, waitingOn: [Int], ledger: RunLedger) {
        self.ready = ready
        self.waitingOn = waitingOn
        self.ledger = ledger
    }

    /// Stops the run when its journal halted it (suspended, or failing) or its task was
    /// cancelled.
    /// - Returns: Whether the run is stopped.
    @inlinable
    mutating func stopIfHaltedOrCancelled(_ cancellation: CancellationFlag) -> Bool {
        guard !stopped else { return true }
        if ledger.isHalted {
            stopped = true
        } else if cancellation.isRaised {
            stopped = true
            ledger.noteCancellation()
        }
        return stopped
    }

    /// Records that `task` succeeded and makes ready every successor whose last predecessor it
    /// was — at once, or, in a durable run whose journal syncs completions, once the success is
    /// durable (``commit(in:)``, or the worker pool's writes).
    @inlinable
    mutating func succeed(_ task: Int, in graph: TaskGraph) {
        ledger.succeed(task)
        if ledger.holdsSuccessors { return }
        release(task, in: graph)
    }

    /// Makes ready every successor of `task` whose last predecessor it was.
    @inlinable
    mutating func release(_ task: Int, in graph: TaskGraph) {
        for edge in graph.successorStart[task]..<graph.successorStart[task + 1] {
            let next = graph.successors[edge]
            waitingOn[next] -= 1
            if waitingOn[next] == 0 { ready.push(next) }
        }
    }

    /// Performs the journal writes that are due, when tasks run one at a time, and releases
    /// the successors of the successes they made durable. Nothing to do outside durable runs.
    @usableFromInline
    nonisolated(nonsending) mutating func commit(in graph: TaskGraph) async {
        for task in await ledger.commit() { release(task, in: graph) }
    }

    /// Whether the run is durable and some success waits for its record to be durable before
    /// its successors are released.
    @inlinable
    var awaitsDurability: Bool {
        ledger.isRecording && ledger.recorder?.hasUnconfirmedSuccesses == true
    }

    /// Records that `task` failed and stops the run; tasks already running still finish.
    @inlinable
    mutating func fail(_ task: Int, _ error: any Error) {
        ledger.fail(task, error)
        stopped = true
    }
}
