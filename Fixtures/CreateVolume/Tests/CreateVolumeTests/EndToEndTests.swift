@testable import CreateVolume
import TaskFlow
import Testing

@Suite("create-volume end to end")
struct EndToEndTests {
    @Test func createsAnAvailableVolumeThroughAllThreeFlows() async throws {
        let deployment = Deployment()
        let report = await deployment.createVolume(VolumeRequest(size: 10, name: "data"), context: .test)
        #expect(report.runs.map(\.flow) == ["volume_create_api", "volume_create_scheduler", "volume_create_manager"])
        let volume = try #require(report.created)
        #expect(volume.status == .available)
        #expect(volume.host == "lvm-1")
        #expect(deployment.nonEmptyLogs == [
            "quota": ["reserve r1 project=demo volumes=+1 gigabytes=+10", "commit r1"],
            "database": [
                "create vol-1 size=10 type=lvmdriver-1 source=raw", "update vol-1 host=lvm-1",
                "update vol-1 provider_location=lvm-1://vol-1", "update vol-1 status=available",
            ],
            "rpc": ["cast scheduler.create_volume vol-1 attempt=1", "cast volume.create_volume vol-1 backend=lvm-1"],
            "scheduler driver": ["select lvm-1 for vol-1"],
            "driver lvm-1": ["create vol-1"],
            "notifier": ["INFO volume.create.start vol-1", "INFO volume.create.end vol-1: lvm-1://vol-1"],
        ])
    }

    @Test func stopsReschedulingWhenEveryBackendFailed() async throws {
        let deployment = Deployment()
        for backend in deployment.backends {
            deployment.drivers[backend]?.failures.fail(.createVolume, with: VolumeCreateError.backendFailure)
        }
        let report = await deployment.createVolume(VolumeRequest(size: 10, name: "data"), context: .test)
        #expect(report.runs.map(\.flow) == [
            "volume_create_api", "volume_create_scheduler", "volume_create_manager",
            "volume_create_scheduler", "volume_create_manager", "volume_create_scheduler",
        ])
        #expect(report.created == nil)
        #expect(try deployment.database.volume(id: "vol-1")?.status == .error)
        #expect(deployment.notifier.log.entries.last?.hasPrefix("ERROR scheduler.create_volume vol-1: no valid backend") == true)
    }
}
