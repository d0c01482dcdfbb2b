import Testing
import TaskFlow

/// Runs the generated wiring of `hiring`, whose tasks are free functions named `resume`, `run`,
/// `makeFlow`, `metadata`, `diagram`, `sharedFlow` and `executeDiagram` (the name of task
/// `diagram`'s adapter) and whose symbols have types named `State`, `Inputs` and `Outputs`: the
/// generated file compiles, and runs, because it names those with the module's name inside
/// `extension Hiring`, where the generated members of those names live.
@Suite struct GeneratedMemberNamesGoldenTests {
    @Test func theFlowCallsTheModulesFunctionsNotTheGeneratedMembers() async throws {
        let log = Log()
        let outputs = try await Hiring.run(Hiring.Inputs(applicant: "Ada"), context: Office(log: log))
        #expect(outputs.file == State(applicant: "Ada", stage: "read"))
        #expect(outputs.inputs == Inputs(references: 3))
        #expect(outputs.outcome == Outputs(hired: true))
        #expect(outputs.announcement == "hired")
        #expect(outputs.length == 5)
        #expect(log.all == ["resume Ada", "run read", "makeFlow 3"])
    }

    @Test func aDurableRunResumesThroughTheGeneratedResume() async throws {
        let log = Log()
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let runID = RunID()
        await #expect(throws: FlowFailure.self) {
            _ = try await Hiring.run(
                Hiring.Inputs(applicant: "Grace Hopper"), context: Office(log: log), engine: engine, runID: runID)
        }
        #expect(log.all == ["resume Grace Hopper", "run read", "makeFlow 12", "shred Grace Hopper"])
        // The run ended reverted: resuming it ends the same way, running nothing.
        await #expect(throws: FlowFailure.self) {
            _ = try await Hiring.resume(runID: runID, context: Office(log: log), engine: engine)
        }
        #expect(log.all.count == 4)
    }
}
