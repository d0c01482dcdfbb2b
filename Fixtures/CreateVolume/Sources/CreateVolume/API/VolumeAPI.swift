/// The API service's part of create-volume: it validates a request, holds quota, creates the
/// volume's row, commits the quota and casts the volume to the scheduler.
///
/// Its methods are the tasks of the `volume_create_api` flow (``VolumeCreateAPI``); the
/// generated `run` takes the service as its `volumeAPI:` owner.
public struct VolumeAPI: Sendable {
    /// Holds and commits quota.
    public var quota: any QuotaEngine
    /// Holds the volume rows and the catalog.
    public var database: any VolumeDatabase
    /// Carries the volume to the scheduler.
    public var scheduler: any SchedulerRPC
    /// The availability zones volumes may be created in; the first is the default.
    public var availabilityZones: [String]

    /// Creates the API service.
    public init(
        quota: any QuotaEngine,
        database: any VolumeDatabase,
        scheduler: any SchedulerRPC,
        availabilityZones: [String]
    ) {
        precondition(!availabilityZones.isEmpty, "the API needs a default availability zone")
        self.quota = quota
        self.database = database
        self.scheduler = scheduler
        self.availabilityZones = availabilityZones
    }
}
