/// The volume rows and the catalog (types, snapshots, images, backups) create-volume reads.
public protocol VolumeDatabase: Sendable {
    /// The volume type with this name, or the default type when `name` is `nil`.
    /// - Throws: When the database fails.
    func volumeType(named name: String?) throws -> VolumeType?
    /// The snapshot with this identifier.
    /// - Throws: When the database fails.
    func snapshot(id: String) throws -> SnapshotRecord?
    /// The image with this identifier.
    /// - Throws: When the database fails.
    func image(id: String) throws -> ImageRecord?
    /// The backup with this identifier.
    /// - Throws: When the database fails.
    func backup(id: String) throws -> BackupRecord?
    /// The volume with this identifier.
    /// - Throws: When the database fails.
    func volume(id: String) throws -> VolumeRecord?
    /// Creates a volume row with a new identifier, status `creating`.
    /// - Returns: The row as stored.
    /// - Throws: When the database fails.
    func createVolume(
        name: String, size: Int, volumeType: String, availabilityZone: String, source: VolumeSource
    ) throws -> VolumeRecord
    /// Deletes a volume row.
    /// - Throws: When the database fails.
    func destroyVolume(id: String) throws
    /// Sets a volume's status.
    /// - Returns: The updated row.
    /// - Throws: `VolumeCreateError.volumeNotFound`, or when the database fails.
    @discardableResult
    func setStatus(_ status: VolumeStatus, ofVolume id: String) throws -> VolumeRecord
    /// Sets the backend a volume is on; `nil` while it waits to be scheduled again.
    /// - Returns: The updated row.
    /// - Throws: `VolumeCreateError.volumeNotFound`, or when the database fails.
    @discardableResult
    func setHost(_ host: String?, ofVolume id: String) throws -> VolumeRecord
    /// Saves what the driver reported after creating a volume.
    /// - Returns: The updated row.
    /// - Throws: `VolumeCreateError.volumeNotFound`, or when the database fails.
    @discardableResult
    func save(_ update: ModelUpdate, toVolume id: String) throws -> VolumeRecord
}

