/// A run of a flow failed: what went wrong, and what reverting it achieved.
///
/// ``Engine/run(_:state:context:)`` throws this when a task throws or the run is cancelled.
/// By then the engine has reverted, in reverse completion order, every task that ran — the
/// failing ones included. Check ``revertErrors`` to learn whether the undo was complete.
public struct FlowFailure: Error, Sendable, CustomStringConvertible {
    /// The run that failed.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The original errors, each with the task that threw it, in the order they happened.
    ///
    /// When the run was cancelled, the first is `TaskError(task: nil, error: CancellationError())`;
    /// `CancellationError`s that tasks threw because of it are left out. Never empty.
    public var errors: [TaskError]
    /// The tasks that were reverted, in the order they were reverted.
    public var reverted: [String]
    /// The errors reverts threw, each with the task whose revert threw it. Those tasks are not in
    /// ``reverted``: they may be half undone.
    public var revertErrors: [TaskError]

    /// Creates a flow failure.
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
        self.errors = errors
        self.reverted = reverted
        self.revertErrors = revertErrors
    }

    /// The first error: the one that stopped the flow.
    public var cause: any Error { errors[0].error }

    /// The task that threw the first error, or `nil` when the run was cancelled.
    public var failedTask: String? { errors[0].task }

    /// Whether the run failed because the Swift task running it was cancelled.
    public var isCancellation: Bool { errors[0].task == nil && cause is CancellationError }

    /// Whether every task that ran was reverted without error.
    public var isFullyReverted: Bool { revertErrors.isEmpty }

    /// The errors, the tasks reverted and any revert errors, on one line.
    public var description: String {
        var text = "flow '\(flow)' failed: " + errors.map(\.description).joined(separator: "; ")
        text += reverted.isEmpty ? "; nothing to revert" : "; reverted " + reverted.joined(separator: ", ")
        if !revertErrors.isEmpty {
            text += "; revert failed for " + revertErrors.map(\.description).joined(separator: "; ")
        }
        return text
    }
}
