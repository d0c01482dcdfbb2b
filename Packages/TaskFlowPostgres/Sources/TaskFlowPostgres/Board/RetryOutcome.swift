/// What ``JobBoard/retry(_:)`` did.
public enum RetryOutcome: Sendable, Hashable {
    /// The run was discarded or cancelled: it is `available` again at once, with all its
    /// attempts.
    case retried
    /// The run is in the state given, which is not retried: only discarded and cancelled runs
    /// are.
    case notRetryable(BoardState)
    /// No run with that id is on the board.
    case unknownRun
}
