/// The board's decisions, apart from the SQL that applies them.
enum BoardTransition {
    /// Where a running run goes when its attempt ends without completing it (it failed, or its
    /// lease expired): cancelled if that was requested, discarded once its attempts are used up,
    /// available otherwise.
    static func afterUnfinishedAttempt(attempt: Int, maxAttempts: Int, cancelRequested: Bool) -> BoardState {
        if cancelRequested { return .cancelled }
        return attempt >= maxAttempts ? .discarded : .available
    }

    /// What cancelling a run in `state` does.
    static func cancelling(_ state: BoardState) -> CancelOutcome.Kind {
        switch state {
        case .available: .cancelled
        case .running: .requested
        case .done, .discarded, .cancelled: .alreadyFinished
        }
    }

    /// Whether a run in `state` can be retried.
    static func canRetry(_ state: BoardState) -> Bool {
        state == .discarded || state == .cancelled
    }
}
