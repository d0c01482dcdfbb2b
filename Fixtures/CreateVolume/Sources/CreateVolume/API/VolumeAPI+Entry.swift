import TaskFlow

extension VolumeAPI {
    /// Creates the volume's row, in status `creating` (Cinder's `EntryCreateTask`).
    ///
    /// - Parameters:
    ///   - request: The request, for the volume's name.
    ///   - size: The validated size in GiB.
    ///   - type: The volume type.
    ///   - zone: The availability zone.
    ///   - source: What the volume is created from.
    /// - Returns: The new row.
    /// - Throws: The database's failure.
    ///
    /// - Task: create_entry
    ///   - requires: volume_type as type, availability_zone as zone
    ///   - provides: volume
    ///   - revert: destroyEntry
    func createEntry(
        request: VolumeRequest, size: Int, type: VolumeType, zone: String, source: VolumeSource
    ) throws -> VolumeRecord {
        try database.createVolume(
            name: request.name, size: size, volumeType: type.name, availabilityZone: zone, source: source
        )
    }

    /// Destroys the row, unless the flow failed after committing its quota: then the volume
    /// is kept, in `error`, for the user to see and delete.
    func destroyEntry(result: VolumeRecord?, failure: RevertCause) throws {
        guard let result, !failure.contains(CastFailure.self) else { return }
        try database.destroyVolume(id: result.id)
    }
}
