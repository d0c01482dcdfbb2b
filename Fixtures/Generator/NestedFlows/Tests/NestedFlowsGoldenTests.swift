import Testing
import TaskFlow

/// Runs the generated wiring of `create_server` (linear) around `allocate_resources`
/// (unordered), and of the nested flow on its own.
@Suite struct NestedFlowsGoldenTests {
    @Test func theOuterFlowRunsTheNestedOneBetweenItsOwnTasks() async throws {
        let log = Log()
        let outputs = try await CreateServer.run(CreateServer.Inputs(name: "web", disk_size: 20), context: log)
        #expect(outputs.network == "10.0.3")
        #expect(outputs.server == "web@10.0.3.7 on disk-20")
        #expect(log.all.first == "validate web")
        #expect(log.all.last == "boot")
        #expect(Set(log.all[1 ... 2]) == ["allocate ip", "allocate disk"])
        #expect(CreateServer.metadata.tasks.map(\.name) == ["validate_request", "allocate_ip", "allocate_disk", "boot"])
    }

    @Test func aFailedBootHaltsAndReleasesWhatTheNestedFlowAllocated() async throws {
        let log = Log()
        do {
            _ = try await CreateServer.run(CreateServer.Inputs(name: "doomed", disk_size: 5), context: log)
            Issue.record("booting a doomed server should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "boot")
        }
        let reverts = Array(log.all.drop { $0 != "boot" }.dropFirst())
        #expect(reverts.first == "halt")
        #expect(Set(reverts.dropFirst()) == ["release 10.0.6.7", "release disk-5"])
    }

    @Test func theNestedFlowRunsOnItsOwnToo() async throws {
        let outputs = try await AllocateResources.run(
            AllocateResources.Inputs(network: "10.1.1", disk_size: 1), context: Log())
        #expect(outputs.ip == "10.1.1.7")
        #expect(outputs.disk == "disk-1")
    }
}
