/// Quota held back for a request until it is committed or rolled back.
public struct Reservation: Sendable, Hashable, CustomStringConvertible {
    /// The reservation's identifier.
    public var id: String
    /// The project the quota belongs to.
    public var projectID: String
    /// The change in the number of volumes (`+1` for a create, `-1` to compensate).
    public var volumes: Int
    /// The change in GiB.
    public var gigabytes: Int

    /// Creates a reservation.
    public init(id: String, projectID: String, volumes: Int, gigabytes: Int) {
        self.id = id
        self.projectID = projectID
        self.volumes = volumes
        self.gigabytes = gigabytes
    }

    public var description: String {
        "\(id) project=\(projectID) volumes=\(volumes.signed) gigabytes=\(gigabytes.signed)"
    }
}

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

extension Int {
    fileprivate var signed: String { self < 0 ? "\(self)" : "+\(self)" }
}
