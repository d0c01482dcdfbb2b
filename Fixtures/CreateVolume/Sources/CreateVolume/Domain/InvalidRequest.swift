/// Why the API rejected a create-volume request before reserving anything.
public enum InvalidRequest: Error, Hashable {
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
}
