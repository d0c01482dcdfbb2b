/// Casts to the scheduler service (Cinder's `scheduler_rpcapi`).
public protocol SchedulerRPC: Sendable {
    /// Asks the scheduler to place a volume.
    /// - Throws: When the message cannot be sent.
    func scheduleVolume(_ requestSpec: RequestSpec, filterProperties: FilterProperties) throws
}

/// Casts to a backend's volume manager (Cinder's `volume_rpcapi`).
public protocol VolumeRPC: Sendable {
    /// Asks the manager on `backend` to create a volume.
    /// - Throws: When the message cannot be sent.
    func createVolume(on backend: String, _ requestSpec: RequestSpec, filterProperties: FilterProperties) throws
}
