extension VolumeAPI {
    /// Validates a request and resolves what it names: the size, the volume type, the
    /// availability zone and the source (Cinder's `ExtractVolumeRequestTask`).
    ///
    /// - Parameter request: The request as the user sent it.
    /// - Returns: The size in GiB, the volume type, the availability zone and the source.
    /// - Throws: ``InvalidRequest`` for a request that cannot be served.
    ///
    /// - Task: extract_volume_request
    ///   - provides: size, volume_type, availability_zone, source
    func extractVolumeRequest(request: VolumeRequest) throws -> (Int, VolumeType, String, VolumeSource) {
        let (source, sourceSize) = try resolveSource(of: request)
        let size = try validateSize(request.size, sourceSize: sourceSize)
        guard let type = try database.volumeType(named: request.volumeType) else {
            throw InvalidRequest.volumeTypeNotFound(request.volumeType ?? "default")
        }
        let zone = request.availabilityZone ?? availabilityZones[0]
        guard availabilityZones.contains(zone) else { throw InvalidRequest.invalidAvailabilityZone(zone) }
        return (size, type, zone, source)
    }

    /// The request's source and the least size it needs.
    private func resolveSource(of request: VolumeRequest) throws -> (VolumeSource, Int?) {
        let given = [request.snapshotID, request.sourceVolumeID, request.imageID, request.backupID]
        guard given.compactMap({ $0 }).count <= 1 else { throw InvalidRequest.conflictingSources }

        if let id = request.snapshotID {
            guard let snapshot = try database.snapshot(id: id) else { throw InvalidRequest.snapshotNotFound(id) }
            guard snapshot.isAvailable else { throw InvalidRequest.snapshotNotAvailable(id) }
            return (.snapshot(id: id), snapshot.size)
        }
        if let id = request.sourceVolumeID {
            guard let volume = try database.volume(id: id) else { throw InvalidRequest.sourceVolumeNotFound(id) }
            guard volume.status == .available || volume.status == .inUse else {
                throw InvalidRequest.sourceVolumeNotAvailable(id, status: volume.status)
            }
            return (.sourceVolume(id: id, status: volume.status), volume.size)
        }
        if let id = request.imageID {
            guard let image = try database.image(id: id) else { throw InvalidRequest.imageNotFound(id) }
            guard image.isActive else { throw InvalidRequest.imageNotActive(id) }
            return (.image(id: id), image.minDisk)
        }
        if let id = request.backupID {
            guard let backup = try database.backup(id: id) else { throw InvalidRequest.backupNotFound(id) }
            return (.backup(id: id), backup.size)
        }
        return (.raw, nil)
    }

    /// The size to create: the requested one, or the source's when none was requested.
    private func validateSize(_ requested: Int?, sourceSize: Int?) throws -> Int {
        guard let size = requested ?? sourceSize else { throw InvalidRequest.missingSize }
        guard size > 0 else { throw InvalidRequest.invalidSize(size) }
        if let minimum = sourceSize, size < minimum {
            throw InvalidRequest.sizeTooSmall(size: size, minimum: minimum)
        }
        return size
    }
}
