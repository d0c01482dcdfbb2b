/// The record that a reservation was committed: quota now in use by a volume.
///
/// Cinder tells later reverts about a commit through a mutable dictionary in the flow's store
/// (`optional_args['is_quota_committed']`). Here the commit is a value the commit task provides,
/// its revert's `result`, and what a cast failure carries (``CastFailure``).
public struct QuotaCommit: Sendable, Hashable {
    /// The reservation that was committed.
    public var reservation: Reservation

    /// Creates a commit record.
    public init(reservation: Reservation) {
        self.reservation = reservation
    }
}
