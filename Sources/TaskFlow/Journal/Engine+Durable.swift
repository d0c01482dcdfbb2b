#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Durable runs: recorded in ``Options/journal``, resumable after a crash or a suspension.
extension Engine {
    /// Runs `flow` durably: every transition is recorded in the engine's journal, so the run can
    /// be resumed with ``resume(_:runID:context:)`` if the process stops, or suspended with
    /// ``suspend(_:)``.
    ///
    /// Scheduling and reverting are those of ``run(_:state:context:)``. In addition, each task
    /// runs with ``FlowExecution/current`` set, whose idempotency key stays the same when the
    /// task runs again after a crash.
    /// - Parameters:
    ///   - flow: The flow to run.
    ///   - state: The initial state.
    ///   - context: The value passed to every task that takes a context.
    ///   - runID: The run's identifier: keep it to resume or suspend the run.
    /// - Returns: The final state.
    /// - Throws: ``FlowFailure``: ``FlowFailure/Reason/failed`` when the run failed and was
    ///   reverted, ``FlowFailure/Reason/suspended`` when it was suspended,
    ///   ``FlowFailure/Reason/journal(_:)`` when the journal could not record it (a
    ///   ``JournalError/runExists(_:)`` for a run id already used, for example).
    public func run<State: Codable, Context>(
        _ flow: Flow<State, Context>, state: State, context: Context, runID: RunID
    ) async throws(FlowFailure) -> State {
        let annotators = options.listeners.compactMap { $0 as? any RunAnnotator }
        var annotations: [String: String] = [:]
        for annotator in annotators {
            annotations.merge(annotator.annotations(forStarting: runID, flow: flow.name)) { _, last in last }
        }
        do {
            let header = RunHeader(
                runID: runID, flow: flow.name,
                tasks: flow.tasks.map { JournaledTask(name: $0.name, version: $0.metadata.version) },
                started: Date(), initialState: try JSONEncoder().encode(state), flowVersion: flow.version,
                links: flow.graph.links, annotations: annotations
            )
            try await options.journal.append([.started(header)], to: runID, sync: true)
        } catch {
            for annotator in annotators { annotator.runDidNotStart(runID, error: error) }
            throw FlowFailure(stopped: runID, flow: flow.name, reason: .journal(error))
        }
        let ledger = RunLedger(runID: runID, flow: flow.name, names: flow.names, listeners: options.listeners)
        var run = recordedRun(flow, store: FlowStore(state), context: context, ledger: ledger)
        defer { activeRuns.unregister(runID) }
        return try await run.run()
    }

    /// Runs a durable flow whose tasks take no context. See ``run(_:state:context:runID:)``.
    /// - Parameters:
    ///   - flow: The flow to run.
    ///   - state: The initial state.
    ///   - runID: The run's identifier.
    /// - Returns: The final state.
    /// - Throws: ``FlowFailure``, as ``run(_:state:context:runID:)`` does.
    public func run<State: Codable>(_ flow: Flow<State, Void>, state: State, runID: RunID) async throws(FlowFailure) -> State {
        try await run(flow, state: state, context: (), runID: runID)
    }

    /// Continues a durable run from its journal: after a crash, or a suspension.
    ///
    /// Tasks recorded as finished are not run again; their results come back from the journal.
    /// Tasks that were running run again (at least once). A run that was reverting, or had a
    /// failed task, goes on reverting: a task that was running counts as failed (an
    /// ``InterruptedTaskError``), tasks already reverted are not reverted again. A run that
    /// already finished ends the same way again: a success returns its final state, a failure
    /// throws its ``FlowFailure`` (errors as ``RecordedError``s).
    /// - Parameters:
    ///   - flow: The flow, as the program builds it now.
    ///   - runID: The run to resume.
    ///   - context: The value passed to every task that takes a context.
    /// - Returns: The final state.
    /// - Throws: What ``run(_:state:context:runID:)`` throws; before running anything,
    ///   ``FlowFailure/Reason/journal(_:)`` with a ``JournalError``: ``JournalError/unknownRun(_:)``,
    ///   ``JournalError/structureChanged(_:flow:changes:)`` when the flow's tasks, their order or
    ///   their links changed since the run was recorded,
    ///   ``JournalError/incompatibleVersion(task:journaled:current:)`` when a task's major
    ///   version did, ``JournalError/incompatibleFlowVersion(flow:journaled:current:)`` when the
    ///   flow's did, others when the journal cannot be read.
    public func resume<State: Codable, Context>(
        _ flow: Flow<State, Context>, runID: RunID, context: Context
    ) async throws(FlowFailure) -> State {
        let replay: RunReplay
        let state: State
        do {
            let records = try await options.journal.records(of: runID)
            replay = try RunReplay(
                records, runID: runID, flow: flow.name, tasks: flow.tasks.map(\.metadata), links: flow.graph.links,
                flowVersion: flow.version)
            state = try JSONDecoder().decode(State.self, from: replay.state)
        } catch {
            throw FlowFailure(stopped: runID, flow: flow.name, reason: .journal(error))
        }
        var ledger = replay.ledger(runID: runID, flow: flow.name, names: flow.names)
        switch replay.flowState {
        case .success:
            return state
        case .reverted, .failure:
            // Finished already: the same outcome again, its errors as recorded.
            if ledger.failures.isEmpty { ledger.noteCancellation() }
            throw FlowFailure(
                runID: runID, flow: flow.name, errors: ledger.failures,
                reverted: ledger.reverted, revertErrors: ledger.revertErrors
            )
        default:
            break
        }
        ledger.listeners = options.listeners
        for listener in options.listeners {
            (listener as? any RunAnnotator)?.resuming(runID, flow: flow.name, annotations: replay.header.annotations)
        }
        let reverting = replay.isReverting || replay.hasFailure
        let interrupted = replay.interrupted.sorted()
        var run = recordedRun(flow, store: FlowStore(state), context: context, ledger: ledger)
        defer { activeRuns.unregister(runID) }
        return try await run.run(resuming: true, interrupted: interrupted, reverting: reverting)
    }

    /// Continues a durable run whose tasks take no context. See ``resume(_:runID:context:)``.
    /// - Parameters:
    ///   - flow: The flow.
    ///   - runID: The run to resume.
    /// - Returns: The final state.
    /// - Throws: What ``resume(_:runID:context:)`` throws.
    public func resume<State: Codable>(_ flow: Flow<State, Void>, runID: RunID) async throws(FlowFailure) -> State {
        try await resume(flow, runID: runID, context: ())
    }

    /// Asks a durable run of this engine (or a copy of it) to suspend: no task starts any more,
    /// running tasks finish, and the run is recorded as `suspended`; its `run` or `resume` call
    /// then throws a ``FlowFailure`` whose reason is ``FlowFailure/Reason/suspended``.
    /// - Parameter runID: The run.
    /// - Returns: `false` when this engine is not running `runID`.
    @discardableResult
    public func suspend(_ runID: RunID) -> Bool {
        guard let signal = activeRuns.signal(of: runID) else { return false }
        signal.requestSuspend()
        return true
    }

    /// The runs recorded in this engine's journal, oldest first.
    /// - Returns: One summary per run.
    /// - Throws: ``JournalError`` when the journal cannot be read.
    public func journaledRuns() async throws -> [RunSummary] {
        try await options.journal.runs()
    }

    /// A run of `flow` whose ledger records to the journal: the plain run path with a recorder
    /// behind its ledger. Registers the run, so that ``suspend(_:)`` reaches it; the caller
    /// unregisters it when the run ends.
    private func recordedRun<State: Codable, Context>(
        _ flow: Flow<State, Context>, store: FlowStore<State>, context: Context, ledger: RunLedger
    ) -> FlowRun<State, Context> {
        let runID = ledger.runID
        let signal = activeRuns.register(runID)
        var ledger = ledger
        ledger.recorder = RunRecorder(
            journal: options.journal, runID: runID, signal: signal,
            tasks: flow.tasks.map(\.metadata)
        ) {
            try JSONEncoder().encode(store.snapshot)
        }
        return FlowRun(durable: flow, store: store, context: context, options: options, ledger: ledger)
    }
}
