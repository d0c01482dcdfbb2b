import Testing
import TaskFlow

/// Runs the generated wiring of flows declared inside `#if`: the generated file compiles
/// (`impossible_trace`, whose task names a type that does not exist, is left out with its
/// branch), and each flow of the branch being compiled runs.
@Suite struct ConditionalFlowsGoldenTests {
    #if DEBUG
    @Test func aDebugFlowRunsItsDebugTasks() async throws {
        let log = Log()
        let outputs = try await DebugTrace.run(DebugTrace.Inputs(value: 3), context: log)
        #expect(outputs.traced == "traced 3")
        #expect(outputs.checked)
        #expect(log.all == ["trace 3", "check 3"])
    }

    @Test func aFailureRevertsTheConditionalRevert() async throws {
        let log = Log()
        await #expect(throws: FlowFailure.self) {
            _ = try await DebugTrace.run(DebugTrace.Inputs(value: -1), context: log)
        }
        #expect(log.all == ["trace -1", "check -1", "untrace traced -1"])
    }
    #else
    @Test func aReleaseFlowRunsInstead() async throws {
        let log = Log()
        let outputs = try await ReleaseTrace.run(ReleaseTrace.Inputs(value: 3), context: log)
        #expect(outputs.traced == "counted 3")
    }
    #endif

    @Test func aFlowOutsideIfRunsInEveryBuild() async throws {
        #expect(try await Always.run(Always.Inputs(value: 4)).doubled == 8)
    }
}
