@testable import CreateVolume
import TaskFlow

extension RequestContext {
    /// The context every test runs in: project `demo`.
    static let test = RequestContext(projectID: "demo", userID: "alice", requestID: "req-test")
}

extension Deployment {
    /// Every fake's log by name, leaving out the empty ones.
    var nonEmptyLogs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: logs.filter { !$0.entries.isEmpty }.map { ($0.fake, $0.entries) })
    }

    /// Creates a `creating` row for a manager flow to work on, as the API flow would.
    func makeCreatingVolume(size: Int = 10, source: VolumeSource = .raw) throws -> VolumeRecord {
        try database.createVolume(
            name: "data", size: size, volumeType: "lvmdriver-1", availabilityZone: "nova", source: source
        )
    }
}

extension RequestSpec {
    /// The spec the API sends for `volume`.
    init(_ volume: VolumeRecord) {
        self.init(
            volumeID: volume.id, size: volume.size, volumeType: volume.volumeType,
            availabilityZone: volume.availabilityZone, source: volume.source
        )
    }
}

/// The flow failure a run threw, or a test failure naming what was thrown instead.
func flowFailure(_ body: () async throws -> some Any) async throws -> FlowFailure {
    do {
        _ = try await body()
    } catch let failure as FlowFailure {
        return failure
    }
    throw UnexpectedSuccess()
}

/// A run that should have failed succeeded.
struct UnexpectedSuccess: Error {}
