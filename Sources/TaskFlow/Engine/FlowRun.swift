/// One run of a flow: schedules its tasks by in-degree counters, then reverts if it must.
///
/// A value owned by the task that called ``Engine/run(_:state:context:)``. While tasks run one
/// at a time it schedules them itself, with no lock; when several are ready it hands its
/// bookkeeping to a ``WorkerPool`` until they are done. The scheduling path
/// is `@inlinable` so that it is specialized for the generated `State` and `Context` in the
/// caller's module — unspecialized, each task would pay for generic metadata look-ups.
@usableFromInline
struct FlowRun<State: Sendable, Context: Sendable> {
    // The parts of the flow a run reads, held separately: copying the generic `Flow` on each
    // access would retain every one of its arrays, per task.
    @usableFromInline let flowName: String
    @usableFromInline let tasks: [FlowTask<State, Context>]
    @usableFromInline let executes: [ExecuteAdapter<State, Context>]
    @usableFromInline let graph: TaskGraph
    @usableFromInline let store: FlowStore<State>
    @usableFromInline let context: Context
    @usableFromInline let limit: Int
    @usableFromInline var ledger: RunLedger

    /// Unfinished predecessors per task; a task is ready when its count reaches zero.
    @usableFromInline var waitingOn: [Int]
    /// Tasks ready to start.
    @usableFromInline var ready: ReadyQueue
    /// Set when a task failed or the run was cancelled: nothing new starts.
    @usableFromInline var stopped = false

    @inlinable
    init(_ flow: Flow<State, Context>, state: State, context: Context, options: Engine.Options) {
        self.flowName = flow.name
        self.tasks = flow.tasks
        self.executes = flow.executes
        self.graph = flow.graph
        self.store = FlowStore(state)
        self.context = context
        self.limit = options.maxConcurrency ?? Int.max
        self.ledger = RunLedger(runID: RunID(), flow: flow.name, names: flow.names, listeners: options.listeners)
        self.waitingOn = flow.graph.inDegree
        self.ready = ReadyQueue(taskCount: flow.tasks.count, initial: flow.graph.sources)
    }

    /// Runs the flow to the end.
    /// - Returns: The final state.
    /// - Throws: ``FlowFailure`` once every task that ran has been reverted.
    @inlinable
    mutating func run() async throws(FlowFailure) -> State {
        ledger.moveFlow(to: .running)
        await executeTasks()
        guard stopped else {
            ledger.moveFlow(to: .success)
            return store.snapshot
        }
        // A task that stopped the run by throwing because the run was cancelled: the run's
        // cancellation is the cause, not that task's CancellationError.
        if !ledger.isCancelled, Task.isCancelled {
            ledger.noteCancellation()
        }
        ledger = await Self.revert(ledger, tasks: tasks, store: store, context: context)
        throw FlowFailure(
            runID: ledger.runID, flow: flowName, errors: ledger.failures,
            reverted: ledger.reverted, revertErrors: ledger.revertErrors
        )
    }

    // MARK: - Executing

    /// Starts every ready task (up to the limit) until all are done or the run stops, then
    /// waits for the tasks still running.
    ///
    /// While a single task is ready and none runs — every step of a linear flow — it is awaited
    /// right here: no child task to pay for, and, outside a task group's body, no hop back to
    /// the group's isolation after each task.
    @inlinable
    nonisolated(nonsending) mutating func executeTasks() async {
        let cancellation = CancellationFlag()
        await withTaskCancellationHandler {
            while mayStartNext(cancellation) {
                if ready.count == 1 || limit == 1 {
                    await executeInline(ready.pop())
                } else {
                    await executeConcurrently(cancellation)
                }
            }
        } onCancel: {
            cancellation.raise()
        }
    }

    /// Whether a ready task may start now. Cancellation of the calling task stops scheduling,
    /// like a failure.
    @inlinable
    mutating func mayStartNext(_ cancellation: CancellationFlag) -> Bool {
        guard !stopped, ready.count > 0 else { return false }
        // A durable run stops scheduling when suspended or when its journal fails.
        if ledger.isHalted {
            stopped = true
            return false
        }
        if cancellation.isRaised {
            stopped = true
            ledger.noteCancellation()
            return false
        }
        return true
    }

    /// Runs `task` in the calling task.
    @inlinable
    nonisolated(nonsending) mutating func executeInline(_ task: Int) async {
        ledger.start(task)
        do {
            try await executes[task].execute(store, context)
            succeed(task)
        } catch {
            fail(task, error)
        }
    }

    /// Real concurrency: a ``WorkerPool`` runs every ready task, up to the limit, until no task
    /// is left or the run stops and nothing runs. Tasks that become ready meanwhile start as
    /// soon as a worker is free.
    @inlinable
    nonisolated(nonsending) mutating func executeConcurrently(_ cancellation: CancellationFlag) async {
        let pool = WorkerPool(
            .init(ready: ready, waitingOn: waitingOn, ledger: ledger, stopped: stopped),
            executes: executes, graph: graph, store: store, context: context, limit: limit,
            cancellation: cancellation
        )
        let shared = await pool.run()
        (ready, waitingOn, ledger, stopped) = (shared.ready, shared.waitingOn, shared.ledger, shared.stopped)
    }

    /// Records success and makes ready every successor whose last predecessor this was.
    @inlinable
    mutating func succeed(_ task: Int) {
        ledger.succeed(task)
        for edge in graph.successorStart[task]..<graph.successorStart[task + 1] {
            let next = graph.successors[edge]
            waitingOn[next] -= 1
            if waitingOn[next] == 0 { ready.push(next) }
        }
    }

    /// Records the failure and stops scheduling; running siblings still finish.
    @inlinable
    mutating func fail(_ task: Int, _ error: any Error) {
        ledger.fail(task, error)
        stopped = true
    }


    // MARK: - Reverting

    /// Reverts every task that ran, in reverse completion order, and returns the updated ledger.
    ///
    /// Swift 6.3 has no cancellation shield, so when the run was cancelled the reverts run in an
    /// unstructured task, which does not inherit the cancellation: a revert that sleeps or
    /// checks for cancellation still runs to completion.
    @usableFromInline
    static func revert(
        _ ledger: RunLedger, tasks: [FlowTask<State, Context>], store: FlowStore<State>, context: Context
    ) async -> RunLedger {
        guard Task.isCancelled else {
            var ledger = ledger
            await revert(&ledger, tasks: tasks, store: store, context: context)
            return ledger
        }
        return await Task {
            var ledger = ledger
            await revert(&ledger, tasks: tasks, store: store, context: context)
            return ledger
        }.value
    }

    private static func revert(
        _ ledger: inout RunLedger, tasks: [FlowTask<State, Context>], store: FlowStore<State>, context: Context
    ) async {
        let cause = RevertCause(failures: ledger.failures)
        ledger.moveFlow(to: .reverting, failure: cause.first.error)
        // A resumed run skips the tasks it had already reverted before it was interrupted.
        for task in ledger.completionOrder.reversed() where ledger.taskStates[task].hasRun {
            let failed = ledger.taskStates[task] == .failure
            ledger.beginRevert(task)
            // A failed task has no result: a revert that needs one is not called, and the task
            // still counts as reverted.
            if let revert = tasks[task].revert, !(failed && tasks[task].revertNeedsResult) {
                do {
                    try await revert(store, context, cause)
                } catch {
                    ledger.failRevert(task, error)
                    continue
                }
            }
            ledger.finishRevert(task)
        }
        ledger.moveFlow(to: ledger.revertErrors.isEmpty ? .reverted : .failure)
    }
}
