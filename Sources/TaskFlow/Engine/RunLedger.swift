/// The bookkeeping of one run: the flow's state, every task's state, the order in which tasks
/// completed, and the errors — the single place every transition of a run goes through.
///
/// Each move is checked against ``TaskState`` / ``FlowState``'s transition table and, only when
/// the engine has listeners, reported as a ``FlowEvent``. A journal records progress by hooking
/// in here. The ledger is a value: the scheduler owns it, and hands it to the revert phase.
@usableFromInline
struct RunLedger: Sendable {
    @usableFromInline
    let runID: RunID
    @usableFromInline
    let flow: String
    /// Task names by index, shared with the ``Flow`` (not copied).
    @usableFromInline
    let names: [String]
    /// Set after a resumed run's history is replayed into the ledger, so the replay is silent.
    @usableFromInline
    var listeners: [any FlowListener] {
        didSet { isObserved = !listeners.isEmpty || recorder != nil }
    }
    /// Records every transition of a durable run to its journal; `nil` for other runs.
    @usableFromInline
    var recorder: RunRecorder? {
        didSet {
            isRecording = recorder != nil
            isObserved = !listeners.isEmpty || isRecording
        }
    }
    /// Whether ``recorder`` is set: read on the per-task path without touching the recorder.
    @usableFromInline
    private(set) var isRecording = false
    /// Whether a listener or a recorder wants transitions: when neither does, a move is a
    /// checked store and nothing more.
    private var isObserved: Bool

    @usableFromInline
    private(set) var flowState: FlowState = .pending
    @usableFromInline
    private(set) var taskStates: [TaskState]
    /// Tasks that ran (succeeded or failed), in the order they finished: reverts go backwards.
    @usableFromInline
    private(set) var completionOrder: [Int] = []
    /// What tasks threw, in the order it was seen.
    @usableFromInline
    private(set) var taskErrors: [TaskError] = []
    /// Whether the Swift task running the flow was cancelled before the flow finished.
    @usableFromInline
    private(set) var isCancelled = false
    @usableFromInline
    private(set) var reverted: [String] = []
    @usableFromInline
    private(set) var revertErrors: [TaskError] = []

    @usableFromInline
    init(runID: RunID, flow: String, names: [String], listeners: [any FlowListener]) {
        self.runID = runID
        self.flow = flow
        self.names = names
        self.listeners = listeners
        self.isObserved = !listeners.isEmpty
        self.taskStates = Array(repeating: .pending, count: names.count)
        self.completionOrder.reserveCapacity(names.count)
    }

    /// Why the run failed: the cancellation first when there was one (without the
    /// `CancellationError`s tasks threw because of it), then what tasks threw.
    @usableFromInline
    var failures: [TaskError] {
        guard isCancelled else { return taskErrors }
        return [TaskError(task: nil, error: CancellationError())]
            + taskErrors.filter { !($0.error is CancellationError) }
    }

    // MARK: - Executing

    @usableFromInline
    mutating func start(_ task: Int) {
        move(task, to: .running)
    }

    @usableFromInline
    mutating func succeed(_ task: Int) {
        move(task, to: .success)
        completionOrder.append(task)
    }

    @usableFromInline
    mutating func fail(_ task: Int, _ error: any Error) {
        move(task, to: .failure, failure: error)
        completionOrder.append(task)
        taskErrors.append(TaskError(task: names[task], error: error))
    }

    @usableFromInline
    mutating func noteCancellation() {
        isCancelled = true
    }

    // MARK: - Reverting

    @usableFromInline
    mutating func beginRevert(_ task: Int) {
        move(task, to: .reverting)
    }

    @usableFromInline
    mutating func finishRevert(_ task: Int) {
        move(task, to: .reverted)
        reverted.append(names[task])
    }

    @usableFromInline
    mutating func failRevert(_ task: Int, _ error: any Error) {
        move(task, to: .revertFailure, failure: error)
        revertErrors.append(TaskError(task: names[task], error: error))
    }

    // MARK: - Transitions

    @usableFromInline
    mutating func moveFlow(to next: FlowState, failure: (any Error)? = nil) {
        let from = flowState
        precondition(from.canTransition(to: next), "engine bug: flow '\(flow)' cannot move from \(from) to \(next)")
        flowState = next
        guard isObserved else { return }
        recorder?.flow(next)
        if !listeners.isEmpty {
            deliver(FlowEvent(runID: runID, flow: flow, task: nil, transition: .flow(from: from, to: next), failure: failure))
        }
    }

    private mutating func move(_ task: Int, to next: TaskState, failure: (any Error)? = nil) {
        let from = taskStates[task]
        precondition(from.canTransition(to: next), "engine bug: task '\(names[task])' cannot move from \(from) to \(next)")
        taskStates[task] = next
        // No listener, no journal: the per-task path builds nothing.
        guard isObserved else { return }
        recorder?.task(task, next, failure: failure)
        if !listeners.isEmpty {
            deliver(FlowEvent(
                runID: runID, flow: flow, task: names[task], transition: .task(from: from, to: next), failure: failure
            ))
        }
    }

    private func deliver(_ event: FlowEvent) {
        for listener in listeners { listener.receive(event) }
    }
}
