/// Quota held back for a request until it is committed or rolled back.
public struct Reservation: Sendable, Hashable {
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
}
