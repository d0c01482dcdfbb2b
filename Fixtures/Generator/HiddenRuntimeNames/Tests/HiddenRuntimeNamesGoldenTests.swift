import Testing
import TaskFlow

/// Runs the generated wiring of `build_car` in a module whose own `Engine`, `Flow`, `RunID` and
/// `Garage.TaskMetadata` hide the runtime's: the generated file compiles, and runs, because it
/// names those `TaskFlow.…`.
@Suite struct HiddenRuntimeNamesGoldenTests {
    @Test func theFlowRunsThoughTheModuleHidesRuntimeTypes() async throws {
        let log = Log()
        let outputs = try await Garage.run(Garage.Inputs(horsepower: 90), context: Workshop(log: log))
        #expect(outputs.engine == Engine(horsepower: 90))
        #expect(outputs.tuned == Engine(horsepower: 100))
        #expect(outputs.report == "100 hp")
        #expect(log.all == ["tune 90", "inspect 100"])
    }

    @Test func aFailureRevertsThroughTheQualifiedRuntimeTypes() async throws {
        let log = Log()
        let engine = TaskFlow.Engine(options: .init(journal: InMemoryJournal()))
        let runID = TaskFlow.RunID()
        await #expect(throws: FlowFailure.self) {
            _ = try await Garage.run(
                Garage.Inputs(horsepower: 100), context: Workshop(log: log), engine: engine, runID: runID)
        }
        #expect(log.all == ["tune 100", "inspect 110", "untune 110"])
        #expect(try await engine.journaledRuns().map(\.state) == [.reverted])
    }
}
