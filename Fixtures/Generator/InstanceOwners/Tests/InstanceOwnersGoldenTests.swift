import Testing
import TaskFlow

/// Runs the generated wiring of `create_volume`, whose tasks are instance methods of two owner
/// types and a static method.
@Suite struct InstanceOwnersGoldenTests {
    @Test func ownerValuesAreCalledWithTheContext() async throws {
        let log = Log()
        let outputs = try await CreateVolume.run(
            CreateVolume.Inputs(size: 10), context: RequestContext(user: "ana", log: log),
            notifier: Notifier(log: log, failing: false), volumes: Storage.Volumes(log: log))
        #expect(outputs.volume_id == 42)
        #expect(outputs.status == "available")
        #expect(log.all == ["quota 10", "create row for ana size 10", "available 42", "notify 42 available"])
    }

    @Test func aFailedNotificationRevertsItselfAndDeletesTheRow() async throws {
        let log = Log()
        do {
            _ = try await CreateVolume.run(
                CreateVolume.Inputs(size: 1), context: RequestContext(user: "bo", log: log),
                notifier: Notifier(log: log, failing: true), volumes: Storage.Volumes(log: log))
            Issue.record("the notification should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "notify_created")
            #expect(failure.revertErrors.isEmpty)
        }
        #expect(log.all.suffix(2) == ["notify failure of 42", "delete row 42"])
    }

    @Test func metadataNamesTheOwnerTypes() {
        #expect(CreateVolume.metadata.tasks.map(\.function) == [
            "Quota.check(context:size:)", "Storage.Volumes.createRow(context:size:)",
            "Storage.Volumes.markAvailable(volume_id:)", "Notifier.notifyCreated(context:volume_id:status:)",
        ])
    }
}
