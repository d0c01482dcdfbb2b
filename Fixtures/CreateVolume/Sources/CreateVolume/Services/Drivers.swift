/// Chooses a backend for a volume (Cinder's scheduler driver).
public protocol SchedulerDriver: Sendable {
    /// The backend to create the volume on.
    /// - Returns: The backend's name.
    /// - Throws: ``NoValidBackend`` when no backend fits, or when the driver fails.
    func selectBackend(for requestSpec: RequestSpec, filterProperties: FilterProperties) throws -> String
}

/// Creates volumes on one backend (Cinder's volume driver).
public protocol VolumeDriver: Sendable {
    /// Creates an empty volume.
    /// - Throws: ``VolumeCreateError`` or any driver failure.
    func createVolume(_ volume: VolumeRecord) throws -> ModelUpdate
    /// Creates a volume from a snapshot.
    /// - Throws: ``VolumeCreateError`` or any driver failure.
    func createVolume(_ volume: VolumeRecord, fromSnapshot snapshotID: String) throws -> ModelUpdate
    /// Creates a clone of a volume.
    /// - Throws: ``VolumeCreateError`` or any driver failure.
    func createClone(_ volume: VolumeRecord, of sourceID: String) throws -> ModelUpdate
    /// Creates a volume and copies an image onto it.
    /// - Throws: ``VolumeCreateError`` or any driver failure.
    func createVolume(_ volume: VolumeRecord, fromImage imageID: String) throws -> ModelUpdate
    /// Creates a volume and restores a backup onto it.
    /// - Throws: ``VolumeCreateError`` or any driver failure.
    func createVolume(_ volume: VolumeRecord, fromBackup backupID: String) throws -> ModelUpdate
    /// Deletes what the driver created for a volume.
    /// - Throws: Any driver failure.
    func deleteVolume(_ volume: VolumeRecord) throws
}
