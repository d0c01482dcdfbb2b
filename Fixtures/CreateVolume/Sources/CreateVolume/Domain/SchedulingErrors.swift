/// The scheduler found no backend that can take the volume.
public struct NoValidBackend: Error, Hashable, CustomStringConvertible {
    /// Why no backend fits.
    public var reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "no valid backend: \(reason)" }
}

/// Casting a committed volume to the scheduler failed.
///
/// It carries the quota commit, so the reverts of the tasks before the commit know, from the
/// failure itself, that the volume's quota and row now belong to a committed volume and must
/// be kept (the volume is set to `error` instead).
public struct CastFailure: Error, CustomStringConvertible {
    /// The commit that happened before the cast.
    public var commit: QuotaCommit
    /// Why the cast failed.
    public var underlying: any Error

    /// Creates the error.
    public init(commit: QuotaCommit, underlying: any Error) {
        self.commit = commit
        self.underlying = underlying
    }

    public var description: String { "cast to scheduler failed: \(underlying)" }
}
