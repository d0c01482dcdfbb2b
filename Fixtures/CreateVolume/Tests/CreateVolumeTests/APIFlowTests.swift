@testable import CreateVolume
import TaskFlow
import Testing

@Suite("volume_create_api")
struct APIFlowTests {
    @Test func reservesCreatesCommitsAndCastsOnTheHappyPath() async throws {
        let deployment = Deployment()
        let outputs = try await VolumeCreateAPI.run(
            VolumeCreateAPI.Inputs(request: VolumeRequest(size: 10, name: "data", volumeType: "ssd")),
            context: .test, volumeAPI: deployment.api
        )
        #expect(outputs.size == 10)
        #expect(outputs.volume_type.name == "ssd")
        #expect(outputs.availability_zone == "nova")
        #expect(outputs.source == .raw)
        #expect(outputs.volume.status == .creating)
        #expect(outputs.quota_commit.reservation == outputs.reservation)
        #expect(outputs.request_spec.volumeID == outputs.volume.id)
        #expect(deployment.nonEmptyLogs == [
            "quota": ["reserve r1 project=demo volumes=+1 gigabytes=+10", "commit r1"],
            "database": ["create vol-1 size=10 type=ssd source=raw"],
            "rpc": ["cast scheduler.create_volume vol-1 attempt=1"],
        ])
        #expect(deployment.quota.usage(of: "demo") == FakeQuota.Usage(volumes: 1, gigabytes: 10, reservedGigabytes: 0))
    }

    @Test(arguments: [
        (VolumeRequest(size: 0, name: "zero"), InvalidRequest.invalidSize(0)),
        (VolumeRequest(size: nil, name: "sizeless"), .missingSize),
        (VolumeRequest(size: 4, name: "small", snapshotID: "snap-1"), .sizeTooSmall(size: 4, minimum: 10)),
        (VolumeRequest(size: 10, name: "both", snapshotID: "snap-1", imageID: "img-1"), .conflictingSources),
        (VolumeRequest(size: 10, name: "typo", volumeType: "sdd"), .volumeTypeNotFound("sdd")),
        (VolumeRequest(size: 10, name: "moon", availabilityZone: "moon"), .invalidAvailabilityZone("moon")),
        (VolumeRequest(size: 10, name: "ghost", snapshotID: "snap-9"), .snapshotNotFound("snap-9")),
        (VolumeRequest(size: 10, name: "ghost", sourceVolumeID: "vol-9"), .sourceVolumeNotFound("vol-9")),
        (VolumeRequest(size: 10, name: "ghost", imageID: "img-9"), .imageNotFound("img-9")),
        (VolumeRequest(size: 10, name: "ghost", backupID: "bak-9"), .backupNotFound("bak-9")),
    ])
    func rejectsAnInvalidRequestWithATypedErrorBeforeTouchingAnything(request: VolumeRequest, expected: InvalidRequest) async throws {
        let deployment = Deployment()
        let failure = try await flowFailure {
            try await VolumeCreateAPI.run(VolumeCreateAPI.Inputs(request: request), context: .test, volumeAPI: deployment.api)
        }
        #expect(failure.failedTask == "extract_volume_request")
        #expect(failure.cause as? InvalidRequest == expected)
        #expect(deployment.nonEmptyLogs.isEmpty)
    }

    @Test func takesTheSizeFromTheSourceWhenNoneIsGiven() async throws {
        let deployment = Deployment()
        let outputs = try await VolumeCreateAPI.run(
            VolumeCreateAPI.Inputs(request: VolumeRequest(size: nil, name: "copy", backupID: "bak-1")),
            context: .test, volumeAPI: deployment.api
        )
        #expect(outputs.size == 5)
        #expect(outputs.source == .backup(id: "bak-1"))
    }

    @Test func rejectsARequestOverQuotaWithoutCreatingARow() async throws {
        let deployment = Deployment(quota: FakeQuota(gigabyteLimit: 5))
        let failure = try await flowFailure {
            try await VolumeCreateAPI.run(
                VolumeCreateAPI.Inputs(request: VolumeRequest(size: 10, name: "big")), context: .test, volumeAPI: deployment.api
            )
        }
        #expect(failure.failedTask == "reserve_quota")
        #expect(failure.cause is QuotaExceeded)
        #expect(deployment.nonEmptyLogs.isEmpty)
    }

    @Test func aFailedCastKeepsTheVolumeInErrorRestoresTheSourceAndCompensatesTheCommittedQuota() async throws {
        let deployment = Deployment()
        deployment.rpc.failures.fail(.scheduleVolume)
        let failure = try await flowFailure {
            try await VolumeCreateAPI.run(
                VolumeCreateAPI.Inputs(request: VolumeRequest(size: 10, name: "clone", sourceVolumeID: "vol-src")),
                context: .test, volumeAPI: deployment.api
            )
        }
        #expect(failure.failedTask == "cast_create_volume")
        #expect(failure.isFullyReverted)
        #expect(deployment.nonEmptyLogs == [
            "quota": [
                "reserve r1 project=demo volumes=+1 gigabytes=+10", "commit r1",
                "reserve r2 project=demo volumes=-1 gigabytes=-10", "commit r2",
            ],
            "database": [
                "create vol-1 size=10 type=lvmdriver-1 source=volume vol-src",
                "update vol-src status=available",
                "update vol-1 status=error",
            ],
        ])
        #expect(deployment.quota.usage(of: "demo") == FakeQuota.Usage())
        #expect(try deployment.database.volume(id: "vol-1")?.status == .error)
    }
}
