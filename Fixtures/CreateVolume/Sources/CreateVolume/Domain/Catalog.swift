/// A volume type: a named class of storage a volume can be created with.
public struct VolumeType: Sendable, Hashable {
    /// The type's identifier.
    public var id: String
    /// The type's name, as users give it.
    public var name: String

    /// Creates a volume type.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A snapshot a volume can be created from.
public struct SnapshotRecord: Sendable, Hashable {
    /// The snapshot's identifier.
    public var id: String
    /// The size of the snapshotted volume in GiB: the least a volume created from it may have.
    public var size: Int
    /// Whether the snapshot is complete and usable.
    public var isAvailable: Bool

    /// Creates a snapshot record.
    public init(id: String, size: Int, isAvailable: Bool = true) {
        self.id = id
        self.size = size
        self.isAvailable = isAvailable
    }
}

/// An image a volume can be created from.
public struct ImageRecord: Sendable, Hashable {
    /// The image's identifier.
    public var id: String
    /// The smallest volume the image fits on, in GiB.
    public var minDisk: Int
    /// Whether the image is active (fully uploaded).
    public var isActive: Bool

    /// Creates an image record.
    public init(id: String, minDisk: Int, isActive: Bool = true) {
        self.id = id
        self.minDisk = minDisk
        self.isActive = isActive
    }
}

/// A backup a volume can be restored from.
public struct BackupRecord: Sendable, Hashable {
    /// The backup's identifier.
    public var id: String
    /// The size of the backed-up volume in GiB.
    public var size: Int

    /// Creates a backup record.
    public init(id: String, size: Int) {
        self.id = id
        self.size = size
    }
}
