@testable import CreateVolume
import TaskFlow
import Testing

@Suite("Flow diagrams")
struct DiagramTests {
    /// Each flow's metadata and diagram, by flow name.
    static let flows = [
        VolumeCreateAPI.metadata.name: (VolumeCreateAPI.metadata, VolumeCreateAPI.diagram),
        VolumeCreateScheduler.metadata.name: (VolumeCreateScheduler.metadata, VolumeCreateScheduler.diagram),
        VolumeCreateManager.metadata.name: (VolumeCreateManager.metadata, VolumeCreateManager.diagram),
    ]

    @Test(arguments: ["volume_create_api", "volume_create_scheduler", "volume_create_manager"])
    func namesEveryTaskOfItsFlow(flow: String) throws {
        let (metadata, diagram) = try #require(Self.flows[flow])
        #expect(diagram.hasPrefix("flowchart"))
        for task in metadata.tasks {
            #expect(diagram.contains(task.name), "\(flow)'s diagram does not name \(task.name)")
        }
    }

    @Test func theFlowsListTheirTasksInCinderOrder() {
        #expect(VolumeCreateAPI.metadata.tasks.map(\.name) == [
            "extract_volume_request", "reserve_quota", "create_entry", "commit_quota", "cast_create_volume",
        ])
        #expect(VolumeCreateScheduler.metadata.tasks.map(\.name) == ["extract_scheduler_spec", "schedule_create_volume"])
        #expect(VolumeCreateManager.metadata.tasks.map(\.name) == [
            "extract_volume_ref", "on_failure_reschedule", "extract_volume_spec", "notify_create_start",
            "create_from_spec", "create_on_finish",
        ])
    }

    @Test func noSymbolIsProvidedTwiceInAFlow() {
        for metadata in [VolumeCreateAPI.metadata, VolumeCreateScheduler.metadata, VolumeCreateManager.metadata] {
            let provided = metadata.tasks.flatMap(\.provides)
            #expect(Set(provided).count == provided.count, "\(metadata.name) provides a symbol twice")
        }
    }
}
