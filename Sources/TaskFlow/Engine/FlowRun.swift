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
    /// How the worker pool adds workers, when several tasks are ready at once.
    @usableFromInline let scheduling: Engine.Scheduling
    /// Ready tasks, unfinished predecessors, the ledger, and whether the run stopped.
    @usableFromInline var schedule: RunSchedule

    @inlinable
    init(_ flow: Flow<State, Context>, state: State, context: Context, options: Engine.Options) {
        let runID = RunID()
        self.flowName = flow.name
        // Listeners that are task execution scopes get their adapters wrapped, once per run;
        // a run without listeners does not even look.
        if !options.listeners.isEmpty,
           let scoped = Self.scoped(flow.tasks, runID: runID, flow: flow.name, listeners: options.listeners) {
            self.tasks = scoped
            self.executes = scoped.map(ExecuteAdapter.init)
        } else {
            self.tasks = flow.tasks
            self.executes = flow.executes
        }
        self.graph = flow.graph
        self.store = FlowStore(state)
        self.context = context
        self.limit = options.maxConcurrency ?? Int.max
        self.scheduling = options.scheduling
        self.schedule = RunSchedule(
            ready: ReadyQueue(taskCount: flow.tasks.count, initial: flow.graph.sources),
            waitingOn: flow.graph.inDegree,
            ledger: RunLedger(runID: runID, flow: flow.name, names: flow.names, listeners: options.listeners)
        )
    }

    /// Runs the flow to its end — the one run path of plain and durable runs alike.
    ///
    /// A durable run (a ledger with a recorder) also journals every transition, may start as a
    /// resumed run, and may stop without reverting; for other runs those steps cost a check.
    /// - Parameters:
    ///   - resuming: Whether the run is resumed from its journal (the flow passes through
    ///     `resuming`).
    ///   - interrupted: Tasks that were running when a resumed run stopped: run again, or counted
    ///     as failed when the run is reverting.
    ///   - reverting: Whether the resumed run was reverting, or had a failure, when it stopped.
    /// - Returns: The final state.
    /// - Throws: ``FlowFailure``: ``FlowFailure/Reason/failed`` once every task that ran has
    ///   been reverted; for durable runs ``FlowFailure/Reason/suspended`` when suspended, and
    ///   ``FlowFailure/Reason/journal(_:)`` when the journal failed (the run then stays
    ///   resumable from what was recorded). A durable run's records are all written before it
    ///   returns or throws.
    @inlinable
    mutating func run(resuming: Bool = false, interrupted: [Int] = [], reverting: Bool = false) async throws(FlowFailure) -> State {
        if resuming { schedule.ledger.moveFlow(to: .resuming) }
        schedule.ledger.moveFlow(to: .running)
        await commitIfRecording()
        if reverting {
            for task in interrupted {
                schedule.ledger.start(task)
                schedule.ledger.fail(task, InterruptedTaskError(task: tasks[task].name))
            }
            // A run that was reverting because it was cancelled recorded no task failure.
            if schedule.ledger.failures.isEmpty { schedule.ledger.noteCancellation() }
            schedule.stopped = true
        } else {
            await executeTasks()
        }
        try throwIfJournalFailed()
        guard schedule.stopped else {
            schedule.ledger.moveFlow(to: .success)
            await commitIfRecording()
            try throwIfJournalFailed()
            return store.snapshot
        }
        // A task that stopped the run by throwing because the run was cancelled: the run's
        // cancellation is the cause, not that task's CancellationError.
        if !schedule.ledger.isCancelled, Task.isCancelled {
            schedule.ledger.noteCancellation()
        }
        // Stopped with no failure: only a durable run asked to suspend.
        if schedule.ledger.failures.isEmpty {
            schedule.ledger.moveFlow(to: .suspended)
            await commitIfRecording()
            try throwIfJournalFailed()
            throw FlowFailure(stopped: schedule.ledger.runID, flow: flowName, reason: .suspended)
        }
        schedule.ledger = await Self.revert(schedule.ledger, tasks: tasks, store: store, context: context)
        try throwIfJournalFailed()
        throw FlowFailure(
            runID: schedule.ledger.runID, flow: flowName, errors: schedule.ledger.failures,
            reverted: schedule.ledger.reverted, revertErrors: schedule.ledger.revertErrors
        )
    }

    /// Writes what a durable run's journal has due; nothing for other runs.
    @inlinable
    nonisolated(nonsending) mutating func commitIfRecording() async {
        if schedule.ledger.isRecording { await schedule.commit(in: graph) }
    }

    /// Stops a durable run whose journal failed, without reverting.
    @inlinable
    func throwIfJournalFailed() throws(FlowFailure) {
        guard schedule.ledger.isRecording, let error = schedule.ledger.recorder?.error else { return }
        throw FlowFailure(stopped: schedule.ledger.runID, flow: flowName, reason: .journal(error))
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
                if schedule.ready.count == 1 || limit == 1 {
                    await executeInline(schedule.ready.pop())
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
        schedule.ready.count > 0 && !schedule.stopIfHaltedOrCancelled(cancellation)
    }

    /// Runs `task` in the calling task.
    ///
    /// In a durable run, the journal writes that each transition makes due are done before the
    /// run goes on: a start before the task executes (when the journal syncs every transition),
    /// an end before its successors are released.
    @inlinable
    nonisolated(nonsending) mutating func executeInline(_ task: Int) async {
        schedule.ledger.start(task)
        await commitIfRecording()
        // The journal failed: the task does not start; the run stops.
        if schedule.ledger.isRecording, schedule.ledger.recorder?.error != nil {
            schedule.stopped = true
            return
        }
        do {
            try await executes[task].execute(store, context)
            schedule.succeed(task, in: graph)
        } catch {
            schedule.fail(task, error)
        }
        await commitIfRecording()
    }

    /// Real concurrency: a ``WorkerPool`` runs every ready task, up to the limit, until no task
    /// is left or the run stops and nothing runs. Tasks that become ready meanwhile start as
    /// soon as a worker is free.
    @inlinable
    nonisolated(nonsending) mutating func executeConcurrently(_ cancellation: CancellationFlag) async {
        let pool = WorkerPool(
            schedule, executes: executes, graph: graph, store: store, context: context, limit: limit,
            scheduling: scheduling, cancellation: cancellation
        )
        schedule = await pool.run()
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
        // In a durable run, the failures and the move to reverting are durable before anything
        // is undone, and each revert's end before the next begins.
        _ = await ledger.commit()
        // A resumed run skips the tasks it had already reverted before it was interrupted.
        for task in ledger.completionOrder.reversed() where ledger.taskStates[task].hasRun {
            let failed = ledger.taskStates[task] == .failure
            ledger.beginRevert(task)
            _ = await ledger.commit()
            // A failed task has no result: a revert that needs one is not called, and the task
            // still counts as reverted.
            if let revert = tasks[task].revert, !(failed && tasks[task].revertNeedsResult) {
                do {
                    try await revert(store, context, cause)
                } catch {
                    ledger.failRevert(task, error)
                    _ = await ledger.commit()
                    continue
                }
            }
            ledger.finishRevert(task)
            _ = await ledger.commit()
        }
        ledger.moveFlow(to: ledger.revertErrors.isEmpty ? .reverted : .failure)
        _ = await ledger.commit()
    }
}
