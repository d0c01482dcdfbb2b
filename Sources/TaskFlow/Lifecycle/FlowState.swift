/// Where a run of a flow is in its life.
///
/// Transitions, checked by ``canTransition(to:)`` (TaskFlow's flow table, with `reverting` made a
/// state of its own and TaskFlow's `suspending` folded into `suspended`):
///
/// | From | To |
/// | --- | --- |
/// | `pending` | `running`, `resuming` |
/// | `running` | `success`, `reverting`, `failure`, `suspended` |
/// | `reverting` | `reverted`, `failure` |
/// | `success` | `running`, `pending` |
/// | `failure` | `running` |
/// | `reverted` | `pending` |
/// | `suspended` | `resuming` |
/// | `resuming` | `running`, `suspended` |
///
/// A run that fails goes `running → reverting`, then `reverted` when every revert succeeded or
/// `failure` when some revert threw. `suspended` and `resuming` are modelled for durable runs.
public enum FlowState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not started yet.
    case pending
    /// Executing tasks.
    case running
    /// Every task succeeded.
    case success
    /// A revert threw: the flow could not be fully undone.
    case failure
    /// Undoing the tasks that ran, after a task failed or the run was cancelled.
    case reverting
    /// Every task that ran was undone.
    case reverted
    /// Stopped part-way, to be resumed from its journal.
    case suspended
    /// Reloading progress before running again.
    case resuming

    /// The states a flow may move to from this one.
    public var successors: [FlowState] {
        FlowState.allCases.filter(canTransition(to:))
    }

    /// Whether a flow in this state may move to `next`.
    /// - Parameter next: The state the flow would enter.
    /// - Returns: `true` when the transition is in the table above.
    public func canTransition(to next: FlowState) -> Bool {
        switch (self, next) {
        case (.pending, .running), (.pending, .resuming),
             (.running, .success), (.running, .reverting), (.running, .failure), (.running, .suspended),
             (.reverting, .reverted), (.reverting, .failure),
             (.success, .running), (.success, .pending),
             (.failure, .running),
             (.reverted, .pending),
             (.suspended, .resuming),
             (.resuming, .running), (.resuming, .suspended):
            true
        default:
            false
        }
    }

    /// The state after moving to `next`, checked against the transition table.
    /// - Parameter next: The state the flow would enter.
    /// - Returns: `next`.
    /// - Throws: ``StateTransitionError`` when the table does not allow the move.
    public func transition(to next: FlowState) throws(StateTransitionError) -> FlowState {
        guard canTransition(to: next) else {
            throw StateTransitionError(kind: .flow, from: rawValue, to: next.rawValue)
        }
        return next
    }
}
