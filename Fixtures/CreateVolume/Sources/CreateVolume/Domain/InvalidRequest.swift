/// Why the API rejected a create-volume request before reserving anything.
public enum InvalidRequest: Error, Hashable, CustomStringConvertible {
    /// The size is not a positive number of GiB.
    case invalidSize(Int)
    /// No size was given and there is no source to take it from.
    case missingSize
    /// The size is smaller than the snapshot, volume, image or backup it is created from.
    case sizeTooSmall(size: Int, minimum: Int)
    /// More than one of snapshot, source volume, image and backup was given.
    case conflictingSources
    /// No volume type has this name.
    case volumeTypeNotFound(String)
    /// The availability zone does not exist.
    case invalidAvailabilityZone(String)
    /// No snapshot has this identifier.
    case snapshotNotFound(String)
    /// The snapshot is not available.
    case snapshotNotAvailable(String)
    /// No volume has this identifier.
    case sourceVolumeNotFound(String)
    /// The volume to clone is not available.
    case sourceVolumeNotAvailable(String, status: VolumeStatus)
    /// No image has this identifier.
    case imageNotFound(String)
    /// The image is not active.
    case imageNotActive(String)
    /// No backup has this identifier.
    case backupNotFound(String)

    public var description: String {
        switch self {
        case .invalidSize(let size): "invalid size \(size) GiB: give a positive number"
        case .missingSize: "no size given and no source to take it from"
        case .sizeTooSmall(let size, let minimum): "size \(size) GiB is smaller than the source's \(minimum) GiB"
        case .conflictingSources: "give at most one of snapshot, source volume, image and backup"
        case .volumeTypeNotFound(let name): "volume type \(name) not found"
        case .invalidAvailabilityZone(let zone): "availability zone \(zone) does not exist"
        case .snapshotNotFound(let id): "snapshot \(id) not found"
        case .snapshotNotAvailable(let id): "snapshot \(id) is not available"
        case .sourceVolumeNotFound(let id): "volume \(id) not found"
        case .sourceVolumeNotAvailable(let id, let status): "volume \(id) is \(status), not available"
        case .imageNotFound(let id): "image \(id) not found"
        case .imageNotActive(let id): "image \(id) is not active"
        case .backupNotFound(let id): "backup \(id) not found"
        }
    }
}
