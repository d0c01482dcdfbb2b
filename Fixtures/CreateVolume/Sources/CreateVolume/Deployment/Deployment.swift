/// A whole create-volume deployment in memory: the fakes every service uses, and the services
/// built on them (one API, one scheduler, one volume manager per backend).
///
/// ``createVolume(_:context:engine:)`` plays the part of Cinder's services and message bus: it
/// runs the API flow, then the flow each cast asks for, until no message is left.
public struct Deployment: Sendable {
    /// The quota engine.
    public let quota: FakeQuota
    /// The database.
    public let database: FakeDatabase
    /// The message bus between the services.
    public let rpc: FakeRPC
    /// The scheduler's driver.
    public let schedulerDriver: FakeSchedulerDriver
    /// The notifier every service sends to.
    public let notifier: FakeNotifier
    /// The backends, in the scheduler's order of preference.
    public let backends: [String]
    /// Each backend's volume driver.
    public let drivers: [String: FakeVolumeDriver]
    /// Whether volume managers may reschedule a failed create.
    public let allowReschedule: Bool

    /// Creates a deployment.
    /// - Parameters:
    ///   - backends: The backends, in the scheduler's order of preference.
    ///   - database: The database, with its catalog.
    ///   - quota: The quota engine.
    ///   - allowReschedule: Whether volume managers may reschedule a failed create.
    public init(
        backends: [String] = ["lvm-1", "lvm-2"],
        database: FakeDatabase = .demo(),
        quota: FakeQuota = FakeQuota(),
        allowReschedule: Bool = true
    ) {
        precondition(!backends.isEmpty, "a deployment needs a backend")
        self.quota = quota
        self.database = database
        self.rpc = FakeRPC()
        self.schedulerDriver = FakeSchedulerDriver(backends: backends)
        self.notifier = FakeNotifier()
        self.backends = backends
        self.drivers = Dictionary(uniqueKeysWithValues: backends.map { ($0, FakeVolumeDriver(backend: $0)) })
        self.allowReschedule = allowReschedule
    }

    // MARK: - Services

    /// The API service.
    public var api: VolumeAPI {
        VolumeAPI(quota: quota, database: database, scheduler: rpc, availabilityZones: ["nova", "zone-2"])
    }

    /// The scheduler service.
    public var scheduler: SchedulerManager {
        SchedulerManager(database: database, driver: schedulerDriver, volumeRPC: rpc, notifier: notifier)
    }

    /// The volume manager of one backend.
    /// - Parameter backend: One of ``backends``.
    public func manager(on backend: String) -> VolumeManager {
        guard let driver = drivers[backend] else { preconditionFailure("unknown backend \(backend)") }
        return VolumeManager(
            backend: backend, database: database, driver: driver, scheduler: rpc, notifier: notifier,
            allowReschedule: allowReschedule
        )
    }

    /// Every fake's log, labelled, in a fixed order: what a failed or successful run did.
    public var logs: [(fake: String, entries: [String])] {
        [
            ("quota", quota.log.entries),
            ("database", database.log.entries),
            ("rpc", rpc.log.entries),
            ("scheduler driver", schedulerDriver.log.entries),
        ]
            + backends.map { ("driver \($0)", drivers[$0]?.log.entries ?? []) }
            + [("notifier", notifier.log.entries)]
    }
}
