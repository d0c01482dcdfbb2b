import Synchronization

/// An in-memory quota engine with a per-project limit.
public final class FakeQuota: QuotaEngine {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case reserve = "quota.reserve"
        case commit = "quota.commit"
        case rollback = "quota.rollback"
    }

    /// Quota numbers for one project.
    public struct Usage: Sendable, Hashable {
        /// Volumes in use.
        public var volumes = 0
        /// GiB in use.
        public var gigabytes = 0
        /// GiB held by pending reservations.
        public var reservedGigabytes = 0
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// What the engine did.
    public let log = OperationLog()
    /// The most GiB a project may use, reservations included.
    public let gigabyteLimit: Int

    private struct State {
        var usage: [String: Usage] = [:]
        var pending: Set<String> = []
        var nextID = 1
    }
    private let state = Mutex(State())

    /// Creates a quota engine.
    /// - Parameter gigabyteLimit: The most GiB a project may use.
    public init(gigabyteLimit: Int = 1_000) {
        self.gigabyteLimit = gigabyteLimit
    }

    /// A project's current usage.
    public func usage(of projectID: String) -> Usage {
        state.withLock { $0.usage[projectID] ?? Usage() }
    }

    public func reserve(projectID: String, volumes: Int, gigabytes: Int) throws -> Reservation {
        try failures.check(.reserve)
        let reservation = try state.withLock { state throws -> Reservation in
            var usage = state.usage[projectID] ?? Usage()
            if gigabytes > 0, usage.gigabytes + usage.reservedGigabytes + gigabytes > gigabyteLimit {
                throw QuotaExceeded(projectID: projectID, requested: gigabytes, limit: gigabyteLimit)
            }
            usage.reservedGigabytes += gigabytes
            state.usage[projectID] = usage
            let id = "r\(state.nextID)"
            state.nextID += 1
            state.pending.insert(id)
            return Reservation(id: id, projectID: projectID, volumes: volumes, gigabytes: gigabytes)
        }
        log.record("reserve \(reservation)")
        return reservation
    }

    public func commit(_ reservation: Reservation) throws {
        try failures.check(.commit)
        state.withLock { state in
            guard state.pending.remove(reservation.id) != nil else { return }
            var usage = state.usage[reservation.projectID] ?? Usage()
            usage.reservedGigabytes -= reservation.gigabytes
            usage.gigabytes += reservation.gigabytes
            usage.volumes += reservation.volumes
            state.usage[reservation.projectID] = usage
        }
        log.record("commit \(reservation.id)")
    }

    public func rollback(_ reservation: Reservation) throws {
        try failures.check(.rollback)
        state.withLock { state in
            guard state.pending.remove(reservation.id) != nil else { return }
            state.usage[reservation.projectID, default: Usage()].reservedGigabytes -= reservation.gigabytes
        }
        log.record("rollback \(reservation.id)")
    }
}
