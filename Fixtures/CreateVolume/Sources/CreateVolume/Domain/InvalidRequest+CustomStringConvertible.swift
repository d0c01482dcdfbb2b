extension InvalidRequest: CustomStringConvertible {
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
