@testable import CreateVolume
import TaskFlow
import Testing

/// The manager's revert decision: reschedule on another backend, or error the volume out.
@Suite("on_failure_reschedule")
struct RescheduleTests {
    /// Runs the manager flow on `lvm-1` with the driver failing with `error`.
    private func runFailingCreate(
        _ error: any Error,
        allowReschedule: Bool = true,
        retry: RetryInfo? = RetryInfo(attempts: 1, backends: ["lvm-1"])
    ) async throws -> (Deployment, FlowFailure) {
        let deployment = Deployment(allowReschedule: allowReschedule)
        let volume = try deployment.makeCreatingVolume()
        try deployment.database.setHost("lvm-1", ofVolume: volume.id)
        deployment.drivers["lvm-1"]?.failures.fail(.createVolume, with: error)
        let failure = try await flowFailure {
            try await VolumeCreateManager.run(
                VolumeCreateManager.Inputs(
                    volume_id: volume.id, request_spec: RequestSpec(volume), filter_properties: FilterProperties(retry: retry)
                ),
                volumeManager: deployment.manager(on: "lvm-1")
            )
        }
        #expect(failure.failedTask == "create_from_spec")
        #expect(failure.isFullyReverted)
        return (deployment, failure)
    }

    @Test(arguments: VolumeCreateError.allCases)
    func reschedulesOnlyWhenAnotherBackendMightSucceed(error: VolumeCreateError) async throws {
        let (deployment, _) = try await runFailingCreate(error)
        let volume = try #require(try deployment.database.volume(id: "vol-1"))
        if error.allowsReschedule {
            #expect(volume.status == .creating)
            #expect(volume.host == nil)
            #expect(deployment.rpc.receive() == .scheduleVolume(
                RequestSpec(volume),
                FilterProperties(retry: RetryInfo(attempts: 1, backends: ["lvm-1"], failures: ["lvm-1: \(error)"]))
            ))
            #expect(deployment.drivers["lvm-1"]?.log.entries == ["delete vol-1"])
        } else {
            #expect(volume.status == .error)
            #expect(deployment.rpc.receive() == nil)
            #expect(deployment.drivers["lvm-1"]?.log.entries == [])
        }
    }

    @Test func reschedulesAFailureOfUnknownType() async throws {
        let (deployment, _) = try await runFailingCreate(InjectedFailure(operation: "driver.create_volume"))
        #expect(try deployment.database.volume(id: "vol-1")?.status == .creating)
        #expect(deployment.rpc.log.entries == ["cast scheduler.create_volume vol-1 attempt=2"])
    }

    @Test(arguments: VolumeCreateError.allCases)
    func errorsOutEveryFailureWhenReschedulingIsDisabled(error: VolumeCreateError) async throws {
        let (deployment, _) = try await runFailingCreate(error, allowReschedule: false)
        #expect(try deployment.database.volume(id: "vol-1")?.status == .error)
        #expect(deployment.rpc.log.entries.isEmpty)
    }

    @Test func errorsOutWhenTheRequestCarriesNoRetryInformation() async throws {
        let (deployment, _) = try await runFailingCreate(VolumeCreateError.backendFailure, retry: nil)
        #expect(try deployment.database.volume(id: "vol-1")?.status == .error)
        #expect(deployment.rpc.log.entries.isEmpty)
    }

    @Test func errorsOutWhenTheRescheduleCannotBeSent() async throws {
        let deployment = Deployment()
        let volume = try deployment.makeCreatingVolume()
        deployment.drivers["lvm-1"]?.failures.fail(.createVolume, with: VolumeCreateError.backendFailure)
        deployment.rpc.failures.fail(.scheduleVolume)
        let failure = try await flowFailure {
            try await VolumeCreateManager.run(
                VolumeCreateManager.Inputs(volume_id: volume.id, request_spec: RequestSpec(volume), filter_properties: FilterProperties()),
                volumeManager: deployment.manager(on: "lvm-1")
            )
        }
        #expect(failure.revertErrors.map(\.task) == ["on_failure_reschedule"])
        #expect(try deployment.database.volume(id: volume.id)?.status == .error)
    }
}
