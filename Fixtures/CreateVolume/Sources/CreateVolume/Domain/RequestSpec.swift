/// What the scheduler needs to place a volume (Cinder's `request_spec`).
public struct RequestSpec: Sendable, Hashable {
    /// The volume to place.
    public var volumeID: String
    /// Its size in GiB.
    public var size: Int
    /// Its volume type's name.
    public var volumeType: String
    /// Its availability zone.
    public var availabilityZone: String
    /// What it is created from.
    public var source: VolumeSource

    /// Creates a request spec.
    public init(volumeID: String, size: Int, volumeType: String, availabilityZone: String, source: VolumeSource) {
        self.volumeID = volumeID
        self.size = size
        self.volumeType = volumeType
        self.availabilityZone = availabilityZone
        self.source = source
    }
}
