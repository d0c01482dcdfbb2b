@testable import CreateVolume
import Synchronization
import TaskFlow
import Testing

/// A journal that dies the way a killed process does: once `isCrashPoint` matches an append,
/// that append reaches the journal and every later one fails, so the run stops scheduling and
/// records nothing more — no revert, no commit.
final class CrashingJournal: FlowJournal {
    struct Crash: Error {}

    /// What survives the crash: what a restarted process reads.
    let survivor = InMemoryJournal()
    let isCrashPoint: @Sendable ([JournalRecord]) -> Bool
    private let crashed = Mutex(false)

    init(crashAfter isCrashPoint: @escaping @Sendable ([JournalRecord]) -> Bool) {
        self.isCrashPoint = isCrashPoint
    }

    var syncPolicy: JournalSyncPolicy { .everyCompletion }

    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        guard !crashed.withLock({ $0 }) else { throw Crash() }
        try await survivor.append(records, to: runID, sync: sync)
        if isCrashPoint(records) {
            crashed.withLock { $0 = true }
            throw Crash()
        }
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await survivor.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await survivor.runs() }
    func remove(_ runID: RunID) async throws { try await survivor.remove(runID) }
    func close(_ runID: RunID) async {}
}

@Suite("volume_create_api is durable")
struct DurableAPITests {
    static let request = VolumeCreateAPI.Inputs(request: VolumeRequest(size: 10, name: "data", volumeType: "ssd"))

    /// Runs the API flow until the process "dies" right after reserving quota, before committing it.
    static func crashBetweenReserveAndCommit(_ deployment: Deployment) async throws -> (RunID, InMemoryJournal) {
        let reserve = try #require(VolumeCreateAPI.metadata.tasks.firstIndex { $0.name == "reserve_quota" })
        let journal = CrashingJournal { records in records.contains(.task(reserve, .success, message: nil)) }
        let runID = RunID()
        let failure = await #expect(throws: FlowFailure.self) {
            try await VolumeCreateAPI.run(
                request, context: .test, volumeAPI: deployment.api,
                engine: Engine(options: .init(journal: journal)), runID: runID
            )
        }
        // The journal failed: the run stopped without reverting anything.
        guard case .journal(let error)? = failure?.reason else {
            Issue.record("the run did not stop for its journal")
            return (runID, journal.survivor)
        }
        #expect(error is CrashingJournal.Crash)
        // Cinder's warning: the reservation is held, and nothing will ever commit or roll it back.
        #expect(deployment.quota.usage(of: "demo") == FakeQuota.Usage(volumes: 0, gigabytes: 0, reservedGigabytes: 10))
        return (runID, journal.survivor)
    }

    @Test func aCrashBetweenReserveAndCommitNoLongerLeaksTheReservationWhenResumeCompletes() async throws {
        let deployment = Deployment()
        let (runID, journal) = try await Self.crashBetweenReserveAndCommit(deployment)
        let outputs = try await VolumeCreateAPI.resume(
            runID: runID, context: .test, volumeAPI: deployment.api, engine: Engine(options: .init(journal: journal))
        )
        #expect(outputs.quota_commit.reservation == outputs.reservation)
        #expect(deployment.quota.usage(of: "demo") == FakeQuota.Usage(volumes: 1, gigabytes: 10, reservedGigabytes: 0))
        // The reservation was made once, before the crash, and committed once, after it.
        #expect(deployment.nonEmptyLogs["quota"] == ["reserve r1 project=demo volumes=+1 gigabytes=+10", "commit r1"])
        #expect(try await journal.runs().map(\.state) == [.success])
    }

    @Test func aCrashBetweenReserveAndCommitNoLongerLeaksTheReservationWhenResumeReverts() async throws {
        let deployment = Deployment()
        let (runID, journal) = try await Self.crashBetweenReserveAndCommit(deployment)
        try deployment.injectFailure(atTask: "create_entry")
        let failure = try await flowFailure {
            try await VolumeCreateAPI.resume(
                runID: runID, context: .test, volumeAPI: deployment.api, engine: Engine(options: .init(journal: journal))
            )
        }
        #expect(failure.failedTask == "create_entry")
        #expect(failure.isFullyReverted)
        #expect(deployment.quota.usage(of: "demo") == FakeQuota.Usage(volumes: 0, gigabytes: 0, reservedGigabytes: 0))
        #expect(try await journal.runs().map(\.state) == [.reverted])
    }
}
