extension VolumeAPI {
    /// Casts the volume to the scheduler (Cinder's `VolumeCastTask`).
    ///
    /// - Parameters:
    ///   - volume: The volume's row.
    ///   - quota_commit: The quota commit, carried by a failure so earlier reverts keep the volume.
    /// - Returns: The request spec sent to the scheduler.
    /// - Throws: ``CastFailure`` when the message cannot be sent.
    ///
    /// - Task: cast_create_volume
    ///   - provides: request_spec
    ///   - revert: errorOutVolume
    func castCreateVolume(volume: VolumeRecord, quota_commit: QuotaCommit) throws -> RequestSpec {
        let spec = RequestSpec(
            volumeID: volume.id, size: volume.size, volumeType: volume.volumeType,
            availabilityZone: volume.availabilityZone, source: volume.source
        )
        do {
            try scheduler.scheduleVolume(spec, filterProperties: FilterProperties())
        } catch {
            throw CastFailure(commit: quota_commit, underlying: error)
        }
        return spec
    }

    /// Puts a cloned volume back in the status it had and sets the new volume to `error`.
    func errorOutVolume(volume: VolumeRecord) throws {
        if case .sourceVolume(let id, let status) = volume.source {
            try database.setStatus(status, ofVolume: id)
        }
        try database.setStatus(.error, ofVolume: volume.id)
    }
}
