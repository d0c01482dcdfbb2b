import Foundation

/// What ``JobBoard/fail(_:error:backoff:)`` did with the run.
public enum FailureOutcome: Sendable, Hashable {
    /// The run is `available` again from the date, after the backoff.
    case retrying(at: Date)
    /// The run's attempts are used up: it is `discarded`, with the error as its last.
    case discarded
    /// The run's cancellation had been requested: it is `cancelled` instead of retried.
    case cancelled
    /// The lease is no longer the run's: nothing changed.
    case leaseLost
}
