extension Deployment {
    /// The tasks ``injectFailure(atTask:)`` can make fail, in the order a request meets them.
    public static let failurePoints = [
        "extract_volume_request", "reserve_quota", "create_entry", "commit_quota", "cast_create_volume",
        "extract_scheduler_spec", "schedule_create_volume",
        "extract_volume_ref", "extract_volume_spec", "notify_create_start", "create_from_spec",
        "create_on_finish",
    ]

    /// Makes one task of a create-volume request fail, by planning a failure in the fake
    /// operation that task calls.
    ///
    /// Counts of earlier calls assume a request for an empty (raw) volume, run once through
    /// ``createVolume(_:context:engine:)``: the scheduler reads the volume before the manager
    /// does, and writes it once before the manager's two writes.
    ///
    /// - Parameter task: One of ``failurePoints``.
    /// - Throws: ``UnknownFailurePoint`` for any other name.
    public func injectFailure(atTask task: String) throws {
        switch task {
        case "extract_volume_request": database.failures.fail(.volumeTypeGet)
        case "reserve_quota": quota.failures.fail(.reserve)
        case "create_entry": database.failures.fail(.volumeCreate)
        case "commit_quota": quota.failures.fail(.commit)
        case "cast_create_volume": rpc.failures.fail(.scheduleVolume)
        case "extract_scheduler_spec": database.failures.fail(.volumeGet)
        case "schedule_create_volume": schedulerDriver.failures.fail(.selectBackend)
        case "extract_volume_ref": database.failures.fail(.volumeGet, after: 1)
        case "extract_volume_spec": database.failures.fail(.volumeTypeGet, after: 1)
        case "notify_create_start": notifier.failures.fail(.info)
        case "create_from_spec": drivers[backends[0]]?.failures.fail(.createVolume)
        case "create_on_finish": database.failures.fail(.volumeUpdate, after: 2)
        default: throw UnknownFailurePoint(task: task)
        }
    }
}
