import CreateVolume
import TaskFlow
import Testing

/// `volume_create_api` as another module sees it: `VolumeCreateAPI` is `public`, so its
/// generated `Inputs`, `Outputs`, `metadata`, `diagram`, `run` and `resume` are too. This target
/// imports `CreateVolume` without `@testable`: it compiles only if they are.
@Suite("volume_create_api from another module")
struct PublicFlowTests {
    static let context = RequestContext(projectID: "demo", userID: "bob", requestID: "req-client")

    @Test func runsThroughThePublicAPI() async throws {
        let deployment = Deployment()
        let outputs = try await VolumeCreateAPI.run(
            VolumeCreateAPI.Inputs(request: VolumeRequest(size: 10, name: "data", volumeType: "ssd")),
            context: Self.context, volumeAPI: deployment.api
        )
        #expect(outputs.size == 10)
        #expect(outputs.volume.status == .creating)
        #expect(VolumeCreateAPI.metadata.name == "volume_create_api")
        #expect(VolumeCreateAPI.metadata.tasks.map(\.name).last == "cast_create_volume")
        #expect(VolumeCreateAPI.diagram.contains("reserve_quota"))
    }

    @Test func anInvalidRequestFailsWithItsTypedError() async throws {
        let deployment = Deployment()
        let failure = await #expect(throws: FlowFailure.self) {
            try await VolumeCreateAPI.run(
                VolumeCreateAPI.Inputs(request: VolumeRequest(size: 0, name: "zero")),
                context: Self.context, volumeAPI: deployment.api
            )
        }
        #expect(failure?.errors.first?.error as? InvalidRequest == .invalidSize(0))
    }

    @Test func aFinishedRunResumesToTheSameOutputs() async throws {
        let deployment = Deployment()
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let runID = RunID()
        let first = try await VolumeCreateAPI.run(
            VolumeCreateAPI.Inputs(request: VolumeRequest(size: 20, name: "logs")),
            context: Self.context, volumeAPI: deployment.api, engine: engine, runID: runID
        )
        let again = try await VolumeCreateAPI.resume(
            runID: runID, context: Self.context, volumeAPI: deployment.api, engine: engine)
        #expect(again.volume.id == first.volume.id)
        #expect(again.reservation == first.reservation)
    }
}
