import Synchronization

/// One message cast between create-volume's services.
public enum RPCMessage: Sendable, Hashable {
    /// To the scheduler: place this volume.
    case scheduleVolume(RequestSpec, FilterProperties)
    /// To the volume manager on `backend`: create this volume.
    case createVolume(backend: String, RequestSpec, FilterProperties)
}

/// An in-memory message bus for the scheduler and volume casts.
///
/// Casts are queued in order; whoever plays the services (the `create-volume` executable, a
/// test) takes them with ``receive()`` and runs the flow the message asks for.
public final class FakeRPC: SchedulerRPC, VolumeRPC {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case scheduleVolume = "rpc.scheduler.create_volume"
        case createVolume = "rpc.volume.create_volume"
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// The casts sent.
    public let log = OperationLog()

    private let queue = Mutex<[RPCMessage]>([])

    /// Creates an empty bus.
    public init() {}

    /// Takes the oldest message not yet received.
    /// - Returns: The message, or `nil` when none is waiting.
    public func receive() -> RPCMessage? {
        queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    public func scheduleVolume(_ requestSpec: RequestSpec, filterProperties: FilterProperties) throws {
        try failures.check(.scheduleVolume)
        queue.withLock { $0.append(.scheduleVolume(requestSpec, filterProperties)) }
        let attempt = filterProperties.retry.map { " attempt=\($0.attempts + 1)" } ?? ""
        log.record("cast scheduler.create_volume \(requestSpec.volumeID)\(attempt)")
    }

    public func createVolume(on backend: String, _ requestSpec: RequestSpec, filterProperties: FilterProperties) throws {
        try failures.check(.createVolume)
        queue.withLock { $0.append(.createVolume(backend: backend, requestSpec, filterProperties)) }
        log.record("cast volume.create_volume \(requestSpec.volumeID) backend=\(backend)")
    }
}
