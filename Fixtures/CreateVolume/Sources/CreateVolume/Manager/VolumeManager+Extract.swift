extension VolumeManager {
    /// Reads the volume's row afresh (Cinder's `ExtractVolumeRefTask`).
    ///
    /// - Parameter volume_id: The volume to create.
    /// - Returns: The volume's row.
    /// - Throws: `VolumeCreateError.volumeNotFound` when the row is gone.
    ///
    /// - Task: extract_volume_ref
    ///   - provides: volume
    func extractVolumeRef(volume_id: String) throws -> VolumeRecord {
        guard let volume = try database.volume(id: volume_id) else { throw VolumeCreateError.volumeNotFound }
        return volume
    }

    /// Works out how to create the volume's content and checks that what it needs still
    /// exists (Cinder's `ExtractVolumeSpecTask`).
    ///
    /// - Parameter volume: The volume's row.
    /// - Returns: The spec `create_from_spec` dispatches on.
    /// - Throws: ``VolumeCreateError`` when the type or the source has disappeared.
    ///
    /// - Task: extract_volume_spec
    ///   - provides: volume_spec
    func extractVolumeSpec(volume: VolumeRecord) throws -> VolumeSpec {
        guard try database.volumeType(named: volume.volumeType) != nil else {
            throw VolumeCreateError.volumeTypeNotFound
        }
        switch volume.source {
        case .raw:
            return .raw(size: volume.size)
        case .snapshot(let id):
            guard try database.snapshot(id: id) != nil else { throw VolumeCreateError.snapshotNotFound }
            return .snapshot(id: id, size: volume.size)
        case .sourceVolume(let id, _):
            guard try database.volume(id: id) != nil else { throw VolumeCreateError.volumeNotFound }
            return .sourceVolume(id: id, size: volume.size)
        case .image(let id):
            guard let image = try database.image(id: id), image.isActive else {
                throw VolumeCreateError.imageUnacceptable
            }
            guard image.minDisk <= volume.size else { throw VolumeCreateError.imageTooBig }
            return .image(id: id, size: volume.size)
        case .backup(let id):
            guard try database.backup(id: id) != nil else { throw VolumeCreateError.backupNotFound }
            return .backup(id: id, size: volume.size)
        }
    }
}
