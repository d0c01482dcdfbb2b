import Synchronization

/// An in-memory database of volume rows and the catalog they are created from.
public final class FakeDatabase: VolumeDatabase {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case volumeTypeGet = "db.volume_type_get"
        case snapshotGet = "db.snapshot_get"
        case imageGet = "db.image_get"
        case backupGet = "db.backup_get"
        case volumeGet = "db.volume_get"
        case volumeCreate = "db.volume_create"
        case volumeDestroy = "db.volume_destroy"
        case volumeUpdate = "db.volume_update"
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// The writes the database performed (reads are not logged).
    public let log = OperationLog()

    private struct State {
        var types: [String: VolumeType] = [:]
        var defaultType: String
        var snapshots: [String: SnapshotRecord] = [:]
        var images: [String: ImageRecord] = [:]
        var backups: [String: BackupRecord] = [:]
        var volumes: [String: VolumeRecord] = [:]
        var nextVolume = 1
    }
    private let state: Mutex<State>

    /// Creates a database holding a catalog.
    /// - Parameters:
    ///   - volumeTypes: The volume types; the first is the default.
    ///   - snapshots: The snapshots volumes can be created from.
    ///   - images: The images volumes can be created from.
    ///   - backups: The backups volumes can be restored from.
    ///   - volumes: Existing volumes (to clone).
    public init(
        volumeTypes: [VolumeType],
        snapshots: [SnapshotRecord] = [],
        images: [ImageRecord] = [],
        backups: [BackupRecord] = [],
        volumes: [VolumeRecord] = []
    ) {
        precondition(!volumeTypes.isEmpty, "a database needs a default volume type")
        var state = State(defaultType: volumeTypes[0].name)
        for type in volumeTypes { state.types[type.name] = type }
        for snapshot in snapshots { state.snapshots[snapshot.id] = snapshot }
        for image in images { state.images[image.id] = image }
        for backup in backups { state.backups[backup.id] = backup }
        for volume in volumes { state.volumes[volume.id] = volume }
        self.state = Mutex(state)
    }

    /// Every volume row, ordered by identifier.
    public var volumes: [VolumeRecord] {
        state.withLock { $0.volumes.values.sorted { $0.id < $1.id } }
    }

    // MARK: - Reads

    public func volumeType(named name: String?) throws -> VolumeType? {
        try failures.check(.volumeTypeGet)
        return state.withLock { $0.types[name ?? $0.defaultType] }
    }

    public func snapshot(id: String) throws -> SnapshotRecord? {
        try failures.check(.snapshotGet)
        return state.withLock { $0.snapshots[id] }
    }

    public func image(id: String) throws -> ImageRecord? {
        try failures.check(.imageGet)
        return state.withLock { $0.images[id] }
    }

    public func backup(id: String) throws -> BackupRecord? {
        try failures.check(.backupGet)
        return state.withLock { $0.backups[id] }
    }

    public func volume(id: String) throws -> VolumeRecord? {
        try failures.check(.volumeGet)
        return state.withLock { $0.volumes[id] }
    }

    // MARK: - Writes

    public func createVolume(
        name: String, size: Int, volumeType: String, availabilityZone: String, source: VolumeSource
    ) throws -> VolumeRecord {
        try failures.check(.volumeCreate)
        let volume = state.withLock { state in
            let volume = VolumeRecord(
                id: "vol-\(state.nextVolume)", name: name, size: size, volumeType: volumeType,
                availabilityZone: availabilityZone, source: source, status: .creating
            )
            state.nextVolume += 1
            state.volumes[volume.id] = volume
            return volume
        }
        log.record("create \(volume.id) size=\(size) type=\(volumeType) source=\(source)")
        return volume
    }

    public func destroyVolume(id: String) throws {
        try failures.check(.volumeDestroy)
        _ = state.withLock { $0.volumes.removeValue(forKey: id) }
        log.record("destroy \(id)")
    }

    @discardableResult
    public func setStatus(_ status: VolumeStatus, ofVolume id: String) throws -> VolumeRecord {
        let volume = try update(id) { $0.status = status }
        log.record("update \(id) status=\(status)")
        return volume
    }

    @discardableResult
    public func setHost(_ host: String?, ofVolume id: String) throws -> VolumeRecord {
        let volume = try update(id) { $0.host = host }
        log.record("update \(id) host=\(host ?? "none")")
        return volume
    }

    @discardableResult
    public func save(_ update: ModelUpdate, toVolume id: String) throws -> VolumeRecord {
        let volume = try self.update(id) { $0.providerLocation = update.providerLocation }
        log.record("update \(id) provider_location=\(update.providerLocation)")
        return volume
    }

    private func update(_ id: String, _ change: (inout VolumeRecord) -> Void) throws -> VolumeRecord {
        try failures.check(.volumeUpdate)
        return try state.withLock { state in
            guard var volume = state.volumes[id] else { throw VolumeCreateError.volumeNotFound }
            change(&volume)
            state.volumes[id] = volume
            return volume
        }
    }
}
