@testable import CreateVolume
import TaskFlow
import Testing

@Suite("volume_create_manager")
struct ManagerFlowTests {
    @Test(arguments: [
        (VolumeSource.raw, "create vol-1"),
        (.snapshot(id: "snap-1"), "create vol-1 from snapshot snap-1"),
        (.sourceVolume(id: "vol-src", status: .available), "clone vol-src to vol-1"),
        (.image(id: "img-1"), "create vol-1 from image img-1"),
        (.backup(id: "bak-1"), "restore backup bak-1 to vol-1"),
    ])
    func createsTheVolumeFromItsSpecAndFinishesIt(source: VolumeSource, driverCall: String) async throws {
        let deployment = Deployment()
        let volume = try deployment.makeCreatingVolume(size: 10, source: source)
        let outputs = try await VolumeCreateManager.run(
            VolumeCreateManager.Inputs(volume_id: volume.id, request_spec: RequestSpec(volume), filter_properties: FilterProperties()),
            volumeManager: deployment.manager(on: "lvm-1")
        )
        #expect(outputs.created_volume.status == .available)
        #expect(outputs.created_volume.providerLocation == "lvm-1://vol-1")
        #expect(outputs.model_update == ModelUpdate(providerLocation: "lvm-1://vol-1"))
        #expect(deployment.drivers["lvm-1"]?.log.entries == [driverCall])
        #expect(deployment.notifier.log.entries == [
            "INFO volume.create.start vol-1", "INFO volume.create.end vol-1: lvm-1://vol-1",
        ])
        #expect(deployment.rpc.receive() == nil)
    }

    @Test func aMissingVolumeFailsBeforeAnythingIsArmed() async throws {
        let deployment = Deployment()
        let failure = try await flowFailure {
            try await VolumeCreateManager.run(
                VolumeCreateManager.Inputs(
                    volume_id: "vol-9",
                    request_spec: RequestSpec(volumeID: "vol-9", size: 1, volumeType: "lvmdriver-1", availabilityZone: "nova", source: .raw),
                    filter_properties: FilterProperties()
                ),
                volumeManager: deployment.manager(on: "lvm-1")
            )
        }
        #expect(failure.failedTask == "extract_volume_ref")
        #expect(failure.cause as? VolumeCreateError == .volumeNotFound)
        #expect(deployment.nonEmptyLogs.isEmpty)
    }
}
