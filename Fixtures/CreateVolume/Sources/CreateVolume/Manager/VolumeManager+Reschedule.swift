import TaskFlow

extension VolumeManager {
    /// Does nothing when the flow runs; its revert decides, when a later task fails, whether
    /// to reschedule the volume or to error it out (Cinder's `OnFailureRescheduleTask`).
    ///
    /// Its parameters are what the revert needs: requiring them here makes the flow provide
    /// them before this task runs.
    ///
    /// - Task: on_failure_reschedule
    ///   - revert: rescheduleOrErrorOut
    func onFailureReschedule(volume: VolumeRecord, request_spec: RequestSpec, filter_properties: FilterProperties) {}

    /// Reschedules the volume on another backend when rescheduling is enabled for it and no
    /// failure is one that every backend would hit (``VolumeCreateError/allowsReschedule``);
    /// otherwise sets it to `error`.
    ///
    /// Rescheduling resets the volume to `creating` with no host, records why this attempt
    /// failed, casts the volume back to the scheduler, and deletes whatever the driver left
    /// behind (ignoring errors, as Cinder does). Unlike Cinder, a failed cast errors the volume
    /// out instead of leaving it `creating` forever.
    func rescheduleOrErrorOut(
        volume: VolumeRecord, request_spec: RequestSpec, filter_properties: FilterProperties, failure: RevertCause
    ) throws {
        let permanent = failure.contains { ($0 as? VolumeCreateError)?.allowsReschedule == false }
        guard allowReschedule, var retry = filter_properties.retry, !permanent else {
            try database.setStatus(.error, ofVolume: volume.id)
            return
        }
        try database.setStatus(.creating, ofVolume: volume.id)
        try database.setHost(nil, ofVolume: volume.id)
        retry.failures.append("\(backend): \(failure.first.error)")
        var filters = filter_properties
        filters.retry = retry
        do {
            try scheduler.scheduleVolume(request_spec, filterProperties: filters)
        } catch {
            try database.setStatus(.error, ofVolume: volume.id)
            throw error
        }
        try? driver.deleteVolume(volume)
    }
}
