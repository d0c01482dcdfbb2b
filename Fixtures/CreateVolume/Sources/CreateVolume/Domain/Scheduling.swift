/// What the scheduler needs to place a volume (Cinder's `request_spec`).
public struct RequestSpec: Sendable, Hashable {
    /// The volume to place.
    public var volumeID: String
    /// Its size in GiB.
    public var size: Int
    /// Its volume type's name.
    public var volumeType: String
    /// Its availability zone.
    public var availabilityZone: String
    /// What it is created from.
    public var source: VolumeSource

    /// Creates a request spec.
    public init(volumeID: String, size: Int, volumeType: String, availabilityZone: String, source: VolumeSource) {
        self.volumeID = volumeID
        self.size = size
        self.volumeType = volumeType
        self.availabilityZone = availabilityZone
        self.source = source
    }
}

/// How the scheduler filters backends (Cinder's `filter_properties`).
public struct FilterProperties: Sendable, Hashable {
    /// What earlier attempts tried; `nil` when rescheduling is off for this request.
    public var retry: RetryInfo?

    /// Creates filter properties.
    public init(retry: RetryInfo? = RetryInfo()) {
        self.retry = retry
    }
}

/// The record of a request's scheduling attempts, used to reschedule elsewhere.
public struct RetryInfo: Sendable, Hashable {
    /// How many times the request has been scheduled.
    public var attempts: Int
    /// The backends tried so far, in order.
    public var backends: [String]
    /// Why each failed attempt failed.
    public var failures: [String]

    /// Creates retry information.
    public init(attempts: Int = 0, backends: [String] = [], failures: [String] = []) {
        self.attempts = attempts
        self.backends = backends
        self.failures = failures
    }
}

/// What scheduling a volume came to.
public enum ScheduleResult: Sendable, Hashable {
    /// The volume was sent to a backend's manager.
    case scheduled(backend: String)
    /// No backend could take the volume; it was set to `error` and the flow still succeeds, as
    /// in Cinder.
    case noValidBackend(reason: String)
}
