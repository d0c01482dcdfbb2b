/// Casting a committed volume to the scheduler failed.
///
/// It carries the quota commit, so the reverts of the tasks before the commit know, from the
/// failure itself, that the volume's quota and row now belong to a committed volume and must
/// be kept (the volume is set to `error` instead).
public struct CastFailure: Error {
    /// The commit that happened before the cast.
    public var commit: QuotaCommit
    /// Why the cast failed.
    public var underlying: any Error

    /// Creates the error.
    public init(commit: QuotaCommit, underlying: any Error) {
        self.commit = commit
        self.underlying = underlying
    }
}
