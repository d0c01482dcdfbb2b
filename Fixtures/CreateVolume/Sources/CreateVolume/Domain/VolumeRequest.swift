/// A create-volume request as the user sent it, before any validation (Cinder's `raw_*` values).
public struct VolumeRequest: Sendable, Hashable {
    /// The requested size in GiB; `nil` to take the size of the snapshot, volume or backup
    /// the volume is created from.
    public var size: Int?
    /// The volume's display name.
    public var name: String
    /// The name of the volume type; `nil` for the default type.
    public var volumeType: String?
    /// The availability zone; `nil` for the default zone.
    public var availabilityZone: String?
    /// The snapshot to create the volume from.
    public var snapshotID: String?
    /// The volume to clone.
    public var sourceVolumeID: String?
    /// The image to copy onto the volume.
    public var imageID: String?
    /// The backup to restore onto the volume.
    public var backupID: String?

    /// Creates a request; every source is optional and at most one may be given.
    public init(
        size: Int?,
        name: String,
        volumeType: String? = nil,
        availabilityZone: String? = nil,
        snapshotID: String? = nil,
        sourceVolumeID: String? = nil,
        imageID: String? = nil,
        backupID: String? = nil
    ) {
        self.size = size
        self.name = name
        self.volumeType = volumeType
        self.availabilityZone = availabilityZone
        self.snapshotID = snapshotID
        self.sourceVolumeID = sourceVolumeID
        self.imageID = imageID
        self.backupID = backupID
    }
}
