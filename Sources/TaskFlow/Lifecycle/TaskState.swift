/// Where a task is in its life within one run of a flow.
///
/// The engine moves a task only along the transitions ``canTransition(to:)`` allows — the table
/// of OpenStack TaskFlow's `states.py`, with `retrying` as TaskFlow's retry atoms use it:
///
/// | From | To |
/// | --- | --- |
/// | `pending` | `running`, `ignored` |
/// | `running` | `success`, `failure` |
/// | `success` | `reverting`, `retrying` |
/// | `failure` | `reverting` |
/// | `reverting` | `reverted`, `revertFailure` |
/// | `reverted` | `pending` |
/// | `retrying` | `running` |
/// | `ignored` | `pending` |
///
/// `revertFailure` is terminal. `retrying` and `ignored` are modelled for retries and deciders;
/// the engine of this version does not enter them.
public enum TaskState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not started yet.
    case pending
    /// Executing.
    case running
    /// Executed and returned.
    case success
    /// Executed and threw.
    case failure
    /// Being undone.
    case reverting
    /// Undone (or had nothing to undo).
    case reverted
    /// Its revert threw; the task may be half undone.
    case revertFailure
    /// About to run again under a retry policy.
    case retrying
    /// Skipped by a decider; counts as success for the flow's outcome.
    case ignored

    /// The states a task may move to from this one.
    public var successors: [TaskState] {
        TaskState.allCases.filter(canTransition(to:))
    }

    /// Whether a task in this state may move to `next`.
    /// - Parameter next: The state the task would enter.
    /// - Returns: `true` when the transition is in the table above.
    public func canTransition(to next: TaskState) -> Bool {
        switch (self, next) {
        case (.pending, .running), (.pending, .ignored),
             (.running, .success), (.running, .failure),
             (.success, .reverting), (.success, .retrying),
             (.failure, .reverting),
             (.reverting, .reverted), (.reverting, .revertFailure),
             (.reverted, .pending),
             (.retrying, .running),
             (.ignored, .pending):
            true
        default:
            false
        }
    }

    /// The state after moving to `next`, checked against the transition table.
    /// - Parameter next: The state the task would enter.
    /// - Returns: `next`.
    /// - Throws: ``StateTransitionError`` when the table does not allow the move.
    public func transition(to next: TaskState) throws(StateTransitionError) -> TaskState {
        guard canTransition(to: next) else {
            throw StateTransitionError(kind: .task, from: rawValue, to: next.rawValue)
        }
        return next
    }

    /// Whether the task executed in this run (successfully or not), so a revert must consider it.
    public var hasRun: Bool {
        self == .success || self == .failure
    }
}
