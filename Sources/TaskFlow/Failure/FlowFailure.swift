/// A run of a flow did not succeed: why, and what reverting it achieved.
///
/// The one error every run throws, durable or not. Most often a task threw or the run was
/// cancelled (``Reason/failed``): by then the engine has reverted, in reverse completion order,
/// every task that ran — the failing ones included; check ``revertErrors`` to learn whether the
/// undo was complete. A durable run may also stop *without* reverting: because
/// ``Engine/suspend(_:)`` asked it to (``Reason/suspended``), or because its journal could not
/// record or replay it (``Reason/journal(_:)``); resuming it continues from what was recorded.
///
/// ```swift
/// do {
///     let outputs = try await CreateVolumeAPI.run(inputs, context: request, engine: engine, runID: runID)
/// } catch let failure as FlowFailure {
///     switch failure.reason {
///     case .failed: log.error("create failed and was rolled back: \(failure)")
///     case .suspended, .journal: scheduleResume(runID)
///     }
/// }
/// ```
public struct FlowFailure: Error, Sendable, CustomStringConvertible {
    /// Why a run stopped short of success.
    public enum Reason: Sendable {
        /// A task threw, or the run was cancelled: every task that ran was reverted (see
        /// ``FlowFailure/errors`` and ``FlowFailure/revertErrors``).
        case failed
        /// ``Engine/suspend(_:)`` stopped the durable run: nothing was reverted, and
        /// ``Engine/resume(_:runID:context:)`` continues it.
        case suspended
        /// The journal could not record or replay the durable run — the error says why (a
        /// ``JournalError``, or what a custom journal or the state's coding threw). Nothing was
        /// reverted: what the journal holds is a consistent prefix, and resuming from it does
        /// what a crash at that moment would.
        case journal(any Error)

        /// Whether a task failed or the run was cancelled, and what ran was reverted.
        public var isFailed: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// Why the run stopped.
    public var reason: Reason
    /// The original errors, each with the task that threw it, in the order they happened.
    ///
    /// When the run was cancelled, the first is `TaskError(task: nil, error: CancellationError())`;
    /// `CancellationError`s that tasks threw because of it are left out. Never empty when
    /// ``reason`` is ``Reason/failed``; empty otherwise.
    public var errors: [TaskError]
    /// The tasks that were reverted, in the order they were reverted.
    public var reverted: [String]
    /// The errors reverts threw, each with the task whose revert threw it. Those tasks are not in
    /// ``reverted``: they may be half undone.
    public var revertErrors: [TaskError]

    /// Creates the failure of a run that was reverted.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - errors: The original errors; must not be empty.
    ///   - reverted: The tasks reverted, in revert order.
    ///   - revertErrors: The errors reverts threw.
    public init(runID: RunID, flow: String, errors: [TaskError], reverted: [String], revertErrors: [TaskError]) {
        precondition(!errors.isEmpty, "a flow failure has at least one error")
        self.runID = runID
        self.flow = flow
        self.reason = .failed
        self.errors = errors
        self.reverted = reverted
        self.revertErrors = revertErrors
    }

    /// Creates the failure of a durable run that stopped without reverting.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - reason: ``Reason/suspended`` or ``Reason/journal(_:)``.
    public init(stopped runID: RunID, flow: String, reason: Reason) {
        if case .failed = reason { preconditionFailure("a run that failed was reverted: give its errors") }
        self.runID = runID
        self.flow = flow
        self.reason = reason
        self.errors = []
        self.reverted = []
        self.revertErrors = []
    }

    /// The error that stopped the run: the first task error, a ``RunSuspended``, or the
    /// journal's error.
    public var cause: any Error {
        switch reason {
        case .failed: errors[0].error
        case .suspended: RunSuspended(runID: runID)
        case .journal(let error): error
        }
    }

    /// The task that threw the first error; `nil` when the run was cancelled or stopped without
    /// a task failing.
    public var failedTask: String? { errors.first?.task ?? nil }

    /// Whether the run failed because the Swift task running it was cancelled.
    public var isCancellation: Bool {
        guard case .failed = reason else { return false }
        return errors[0].task == nil && cause is CancellationError
    }

    /// Whether the durable run was suspended.
    public var isSuspension: Bool {
        if case .suspended = reason { return true }
        return false
    }

    /// The journal's error, when the journal could not record or replay the run and it is a
    /// ``JournalError``.
    public var journalError: JournalError? {
        if case .journal(let error) = reason { return error as? JournalError }
        return nil
    }

    /// Whether every task that ran was reverted without error.
    public var isFullyReverted: Bool { revertErrors.isEmpty }

    /// What happened, on one line: the errors, the tasks reverted and any revert errors; or why
    /// the run stopped.
    public var description: String {
        switch reason {
        case .suspended:
            return "flow '\(flow)': run \(runID) was suspended; resume it to continue"
        case .journal(let error):
            return "flow '\(flow)': run \(runID) stopped without reverting: \(error)"
        case .failed:
            var text = "flow '\(flow)' failed: " + errors.map(\.description).joined(separator: "; ")
            text += reverted.isEmpty ? "; nothing to revert" : "; reverted " + reverted.joined(separator: ", ")
            if !revertErrors.isEmpty {
                text += "; revert failed for " + revertErrors.map(\.description).joined(separator: "; ")
            }
            return text
        }
    }
}
