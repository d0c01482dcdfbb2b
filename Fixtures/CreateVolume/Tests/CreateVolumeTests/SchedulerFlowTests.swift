@testable import CreateVolume
import TaskFlow
import Testing

@Suite("volume_create_scheduler")
struct SchedulerFlowTests {
    @Test func placesTheVolumeOnTheFirstBackendAndCastsToItsManager() async throws {
        let deployment = Deployment()
        let volume = try deployment.makeCreatingVolume()
        let outputs = try await VolumeCreateScheduler.run(
            VolumeCreateScheduler.Inputs(volume_id: volume.id, filter_properties: FilterProperties(), raw_request_spec: RequestSpec(volume)),
            schedulerManager: deployment.scheduler
        )
        #expect(outputs.schedule_result == .scheduled(backend: "lvm-1"))
        #expect(deployment.rpc.receive() == .createVolume(
            backend: "lvm-1", RequestSpec(volume),
            FilterProperties(retry: RetryInfo(attempts: 1, backends: ["lvm-1"]))
        ))
        #expect(deployment.schedulerDriver.log.entries == ["select lvm-1 for vol-1"])
    }

    @Test func buildsTheSpecFromTheVolumeWhenTheAPISentNone() async throws {
        let deployment = Deployment()
        let volume = try deployment.makeCreatingVolume(size: 3, source: .image(id: "img-1"))
        let outputs = try await VolumeCreateScheduler.run(
            VolumeCreateScheduler.Inputs(volume_id: volume.id, filter_properties: FilterProperties()),
            schedulerManager: deployment.scheduler
        )
        #expect(outputs.request_spec == RequestSpec(volume))
    }

    @Test func noValidBackendErrorsTheVolumeOutAndNotifiesWithoutFailingTheFlow() async throws {
        let deployment = Deployment(backends: ["lvm-1"])
        let volume = try deployment.makeCreatingVolume()
        let outputs = try await VolumeCreateScheduler.run(
            VolumeCreateScheduler.Inputs(
                volume_id: volume.id,
                filter_properties: FilterProperties(retry: RetryInfo(attempts: 1, backends: ["lvm-1"])),
                raw_request_spec: RequestSpec(volume)
            ),
            schedulerManager: deployment.scheduler
        )
        #expect(outputs.schedule_result == .noValidBackend(reason: "no backend left for volume vol-1"))
        #expect(deployment.notifier.log.entries == [
            "ERROR scheduler.create_volume vol-1: no valid backend: no backend left for volume vol-1",
        ])
        #expect(try deployment.database.volume(id: volume.id)?.status == .error)
        #expect(deployment.rpc.receive() == nil)
    }

    @Test func anyOtherSchedulingFailureErrorsTheVolumeOutNotifiesAndFailsTheFlow() async throws {
        let deployment = Deployment()
        let volume = try deployment.makeCreatingVolume()
        deployment.schedulerDriver.failures.fail(.selectBackend)
        let failure = try await flowFailure {
            try await VolumeCreateScheduler.run(
                VolumeCreateScheduler.Inputs(volume_id: volume.id, filter_properties: FilterProperties(), raw_request_spec: RequestSpec(volume)),
                schedulerManager: deployment.scheduler
            )
        }
        #expect(failure.failedTask == "schedule_create_volume")
        #expect(failure.cause as? InjectedFailure == InjectedFailure(operation: "scheduler.select_backend"))
        #expect(deployment.notifier.log.entries == [
            "ERROR scheduler.create_volume vol-1: injected failure in scheduler.select_backend",
        ])
        #expect(try deployment.database.volume(id: volume.id)?.status == .error)
    }
}
