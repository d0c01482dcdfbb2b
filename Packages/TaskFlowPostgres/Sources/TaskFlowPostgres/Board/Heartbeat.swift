import Foundation

/// What a heartbeat found: whether the worker still holds its lease, and whether someone asked
/// for the run to be cancelled.
public enum Heartbeat: Sendable, Hashable {
    /// The lease now lasts until the date.
    case extended(until: Date)
    /// The lease now lasts until the date, and the run's cancellation was requested: the worker
    /// should cancel the run, then call ``JobBoard/acknowledgeCancellation(_:)``.
    case cancelRequested(until: Date)
    /// The worker no longer holds the lease: the run was claimed again under a new token, or is
    /// no longer running. The worker must stop working on the run at once.
    case lost
}
