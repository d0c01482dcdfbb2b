import Testing
import TaskFlow

/// The example of Docs/GeneratedCode.md, generated code written out by hand, run end to end.
/// Serialized: the example's functions share one log.
@Suite(.serialized) struct GeneratedCodeTests {
    init() {
        volumeLog.withLock { $0.removeAll() }
    }

    @Test func runReturnsTheOutputsOfEveryTask() async throws {
        let outputs = try await CreateVolumeAPI.run(
            .init(raw_size: 8, volume_type: "ssd", name: "data"), context: RequestContext(user: "ann"),
            database: Database()
        )
        #expect(outputs.size == 8)
        #expect(outputs.reservations == [Reservation(id: 8)])
        #expect(outputs.volume_id == "vol-data-8")
        #expect(volumeLog.withLock { $0 } == ["reserve 8 ssd for ann", "create data"])
    }

    @Test func absentOptionalInputUsesTheParametersDefault() async throws {
        let outputs = try await CreateVolumeAPI.run(
            .init(raw_size: 2, volume_type: "hdd"), context: RequestContext(user: "bo"), database: Database()
        )
        #expect(outputs.volume_id == "vol-unnamed-2")
    }

    @Test func failureRevertsWithTheResultAndTheCause() async throws {
        let failure = try await #require(throws: FlowFailure.self) {
            _ = try await CreateVolumeAPI.run(
                .init(raw_size: 3, volume_type: "ssd"), context: RequestContext(user: "cy"),
                database: Database(failsWith: QuotaExceeded())
            )
        }
        #expect(failure.errors.map(\.task) == ["create_entry"])
        #expect(failure.cause is QuotaExceeded)
        #expect(failure.reverted == ["create_entry", "reserve_quota", "validate"])
        #expect(volumeLog.withLock { $0 } == [
            "reserve 3 ssd for cy", "create unnamed",
            "destroy nil because create_entry: QuotaExceeded()", "rollback [3]",
        ])
    }

    @Test func failedTaskWhoseRevertNeedsItsResultIsNotGivenToTheRevert() async throws {
        let failure = try await #require(throws: FlowFailure.self) {
            _ = try await CreateVolumeAPI.run(
                .init(raw_size: 500, volume_type: "ssd"), context: RequestContext(user: "di"), database: Database()
            )
        }
        #expect(failure.failedTask == "reserve_quota")
        #expect(failure.reverted == ["reserve_quota", "validate"])
        #expect(volumeLog.withLock { $0 } == ["reserve 500 ssd for di"])
    }

    @Test func metadataListsTheTasksTheFlowRuns() {
        let flow = CreateVolumeAPI.makeFlow(database: Database())
        #expect(flow.tasks.map(\.metadata) == CreateVolumeAPI.metadata.tasks)
        #expect(flow.outputs == CreateVolumeAPI.metadata.outputs)
        #expect(flow.inputs == CreateVolumeAPI.metadata.inputs)
    }
}
