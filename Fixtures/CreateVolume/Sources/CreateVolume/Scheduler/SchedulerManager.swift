/// The scheduler service's part of create-volume: it chooses a backend and casts the volume to
/// that backend's manager.
///
/// Its methods are the tasks of the `volume_create_scheduler` flow (``VolumeCreateScheduler``).
public struct SchedulerManager: Sendable {
    /// Holds the volume rows.
    public var database: any VolumeDatabase
    /// Chooses backends.
    public var driver: any SchedulerDriver
    /// Carries the volume to the chosen backend's manager.
    public var volumeRPC: any VolumeRPC
    /// Tells operators about failures.
    public var notifier: any Notifier

    /// Creates the scheduler service.
    public init(database: any VolumeDatabase, driver: any SchedulerDriver, volumeRPC: any VolumeRPC, notifier: any Notifier) {
        self.database = database
        self.driver = driver
        self.volumeRPC = volumeRPC
        self.notifier = notifier
    }
}
