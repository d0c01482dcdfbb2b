/// A volume driver that creates volumes in memory, for every kind of source.
public final class FakeVolumeDriver: VolumeDriver {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case createVolume = "driver.create_volume"
        case createFromSnapshot = "driver.create_volume_from_snapshot"
        case createClone = "driver.create_cloned_volume"
        case createFromImage = "driver.copy_image_to_volume"
        case createFromBackup = "driver.restore_backup"
        case deleteVolume = "driver.delete_volume"
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// What the driver did.
    public let log = OperationLog()
    /// The backend the driver serves; part of every provider location.
    public let backend: String

    /// Creates a driver.
    /// - Parameter backend: The backend the driver serves.
    public init(backend: String = "fake") {
        self.backend = backend
    }

    public func createVolume(_ volume: VolumeRecord) throws -> ModelUpdate {
        try create(volume, .createVolume, "create \(volume.id)")
    }

    public func createVolume(_ volume: VolumeRecord, fromSnapshot snapshotID: String) throws -> ModelUpdate {
        try create(volume, .createFromSnapshot, "create \(volume.id) from snapshot \(snapshotID)")
    }

    public func createClone(_ volume: VolumeRecord, of sourceID: String) throws -> ModelUpdate {
        try create(volume, .createClone, "clone \(sourceID) to \(volume.id)")
    }

    public func createVolume(_ volume: VolumeRecord, fromImage imageID: String) throws -> ModelUpdate {
        try create(volume, .createFromImage, "create \(volume.id) from image \(imageID)")
    }

    public func createVolume(_ volume: VolumeRecord, fromBackup backupID: String) throws -> ModelUpdate {
        try create(volume, .createFromBackup, "restore backup \(backupID) to \(volume.id)")
    }

    public func deleteVolume(_ volume: VolumeRecord) throws {
        try failures.check(.deleteVolume)
        log.record("delete \(volume.id)")
    }

    private func create(_ volume: VolumeRecord, _ operation: Operation, _ line: String) throws -> ModelUpdate {
        try failures.check(operation)
        log.record(line)
        return ModelUpdate(providerLocation: "\(backend)://\(volume.id)")
    }
}
