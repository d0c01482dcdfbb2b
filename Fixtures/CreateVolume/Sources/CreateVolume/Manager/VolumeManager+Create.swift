extension VolumeManager {
    /// Sends the `volume.create.start` notification (Cinder's `NotifyVolumeActionTask`).
    ///
    /// - Parameter volume: The volume being created.
    /// - Throws: The notifier's failure.
    ///
    /// - Task: notify_create_start
    func notifyCreateStart(volume: VolumeRecord) throws {
        try notifier.notify("volume.create.start", priority: .info, volumeID: volume.id, detail: nil)
    }

    /// Creates the volume on the backend from its spec and saves what the driver reports
    /// (Cinder's `CreateVolumeFromSpecTask`).
    ///
    /// - Parameters:
    ///   - volume: The volume's row.
    ///   - volume_spec: How to create its content.
    /// - Returns: What the driver reported.
    /// - Throws: ``VolumeCreateError`` or any driver or database failure.
    ///
    /// - Task: create_from_spec
    ///   - provides: model_update
    func createFromSpec(volume: VolumeRecord, volume_spec: VolumeSpec) throws -> ModelUpdate {
        let update = switch volume_spec {
        case .raw: try driver.createVolume(volume)
        case .snapshot(let id, _): try driver.createVolume(volume, fromSnapshot: id)
        case .sourceVolume(let id, _): try driver.createClone(volume, of: id)
        case .image(let id, _): try driver.createVolume(volume, fromImage: id)
        case .backup(let id, _): try driver.createVolume(volume, fromBackup: id)
        }
        try database.save(update, toVolume: volume.id)
        return update
    }

    /// Marks the volume `available` and sends `volume.create.end` (Cinder's
    /// `CreateVolumeOnFinishTask`).
    ///
    /// The flow's `created_volume` output is how a caller knows the volume was created; Cinder
    /// instead probed the flow's storage for a symbol after the run.
    ///
    /// - Parameters:
    ///   - volume: The volume's row.
    ///   - model_update: What the driver reported.
    /// - Returns: The volume's final row.
    /// - Throws: The database's or the notifier's failure.
    ///
    /// - Task: create_on_finish
    ///   - provides: created_volume
    func createOnFinish(volume: VolumeRecord, model_update: ModelUpdate) throws -> VolumeRecord {
        let created = try database.setStatus(.available, ofVolume: volume.id)
        try notifier.notify(
            "volume.create.end", priority: .info, volumeID: volume.id, detail: model_update.providerLocation
        )
        return created
    }
}
