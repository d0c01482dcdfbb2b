/// A volume's row in the database.
public struct VolumeRecord: Sendable, Hashable {
    /// The volume's identifier.
    public var id: String
    /// The volume's display name.
    public var name: String
    /// The size in GiB.
    public var size: Int
    /// The volume type's name.
    public var volumeType: String
    /// The availability zone.
    public var availabilityZone: String
    /// What the volume is created from.
    public var source: VolumeSource
    /// Where the volume is in its life cycle.
    public var status: VolumeStatus
    /// The backend that holds (or is creating) the volume; `nil` until one is scheduled.
    public var host: String?
    /// Where the backend exports the volume; `nil` until it is created.
    public var providerLocation: String?

    /// Creates a volume row.
    public init(
        id: String,
        name: String,
        size: Int,
        volumeType: String,
        availabilityZone: String,
        source: VolumeSource,
        status: VolumeStatus,
        host: String? = nil,
        providerLocation: String? = nil
    ) {
        self.id = id
        self.name = name
        self.size = size
        self.volumeType = volumeType
        self.availabilityZone = availabilityZone
        self.source = source
        self.status = status
        self.host = host
        self.providerLocation = providerLocation
    }
}
