extension SchedulerManager {
    /// Checks that the volume still waits to be created and settles the spec to schedule it
    /// with: the one the API sent, or one built from the volume's row (Cinder's
    /// `ExtractSchedulerSpecTask`).
    ///
    /// - Parameters:
    ///   - volume_id: The volume to schedule.
    ///   - spec: The spec the API sent, if any (an older API sends none).
    /// - Returns: The spec to schedule with.
    /// - Throws: `VolumeCreateError.volumeNotFound` when the row is gone.
    ///
    /// - Task: extract_scheduler_spec
    ///   - requires: raw_request_spec as spec
    ///   - provides: request_spec
    func extractSchedulerSpec(volume_id: String, spec: RequestSpec? = nil) throws -> RequestSpec {
        guard let volume = try database.volume(id: volume_id) else { throw VolumeCreateError.volumeNotFound }
        return spec ?? RequestSpec(
            volumeID: volume.id, size: volume.size, volumeType: volume.volumeType,
            availabilityZone: volume.availabilityZone, source: volume.source
        )
    }

    /// Chooses a backend and casts the volume to its manager (Cinder's
    /// `ScheduleCreateVolumeTask`).
    ///
    /// On failure it sends the `scheduler.create_volume` error notification and sets the
    /// volume to `error`. Like Cinder, it then rethrows, except for ``NoValidBackend``: that
    /// outcome is final, not a fault of the flow, so the flow succeeds with it.
    ///
    /// - Parameters:
    ///   - request_spec: What to place.
    ///   - filter_properties: What earlier attempts tried.
    /// - Returns: Where the volume went, or why it went nowhere.
    /// - Throws: Any failure other than ``NoValidBackend``.
    ///
    /// - Task: schedule_create_volume
    ///   - provides: schedule_result
    func scheduleCreateVolume(request_spec: RequestSpec, filter_properties: FilterProperties) throws -> ScheduleResult {
        do {
            let backend = try driver.selectBackend(for: request_spec, filterProperties: filter_properties)
            var filters = filter_properties
            filters.retry?.attempts += 1
            filters.retry?.backends.append(backend)
            try database.setHost(backend, ofVolume: request_spec.volumeID)
            try volumeRPC.createVolume(on: backend, request_spec, filterProperties: filters)
            return .scheduled(backend: backend)
        } catch {
            try notifier.notify(
                "scheduler.create_volume", priority: .error, volumeID: request_spec.volumeID, detail: "\(error)"
            )
            try database.setStatus(.error, ofVolume: request_spec.volumeID)
            if let noBackend = error as? NoValidBackend { return .noValidBackend(reason: noBackend.reason) }
            throw error
        }
    }
}
