/// One backend's volume manager: its part of create-volume creates the volume on the backend,
/// and reschedules it elsewhere when the backend fails in a way another might not.
///
/// Its methods are the tasks of the `volume_create_manager` flow (``VolumeCreateManager``).
public struct VolumeManager: Sendable {
    /// The backend this manager runs.
    public var backend: String
    /// Holds the volume rows and the catalog.
    public var database: any VolumeDatabase
    /// Creates volumes on the backend.
    public var driver: any VolumeDriver
    /// Carries a rescheduled volume back to the scheduler.
    public var scheduler: any SchedulerRPC
    /// Sends usage notifications.
    public var notifier: any Notifier
    /// Whether a failed create may be rescheduled on another backend.
    public var allowReschedule: Bool

    /// Creates a volume manager.
    public init(
        backend: String,
        database: any VolumeDatabase,
        driver: any VolumeDriver,
        scheduler: any SchedulerRPC,
        notifier: any Notifier,
        allowReschedule: Bool
    ) {
        self.backend = backend
        self.database = database
        self.driver = driver
        self.scheduler = scheduler
        self.notifier = notifier
        self.allowReschedule = allowReschedule
    }
}
