/// A scheduler driver that takes the first backend not tried yet.
public final class FakeSchedulerDriver: SchedulerDriver {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case selectBackend = "scheduler.select_backend"
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// The choices made.
    public let log = OperationLog()
    /// The backends, in order of preference.
    public let backends: [String]
    /// How many times one request may be scheduled.
    public let maxAttempts: Int

    /// Creates a scheduler driver.
    /// - Parameters:
    ///   - backends: The backends, in order of preference.
    ///   - maxAttempts: How many times one request may be scheduled.
    public init(backends: [String], maxAttempts: Int = 3) {
        self.backends = backends
        self.maxAttempts = maxAttempts
    }

    public func selectBackend(for requestSpec: RequestSpec, filterProperties: FilterProperties) throws -> String {
        try failures.check(.selectBackend)
        let tried = filterProperties.retry?.backends ?? []
        if tried.count >= maxAttempts {
            throw NoValidBackend(reason: "exceeded \(maxAttempts) attempts for volume \(requestSpec.volumeID)")
        }
        guard let backend = backends.first(where: { !tried.contains($0) }) else {
            throw NoValidBackend(reason: "no backend left for volume \(requestSpec.volumeID)")
        }
        log.record("select \(backend) for \(requestSpec.volumeID)")
        return backend
    }
}
