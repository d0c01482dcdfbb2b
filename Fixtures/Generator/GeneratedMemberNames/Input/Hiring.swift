import TaskFlow

// Free functions and types of this module named like the members the generator writes into a
// flow's extension (`resume`, `run`, `makeFlow`, `sharedFlow`, `metadata`, `diagram`, `State`,
// `Inputs`, `Outputs`, the adapters `executeDiagram`…): inside `extension Hiring` those names mean the generated members, so the
// generated file calls and names these `GeneratedMemberNamesGolden.…`.

/// An applicant's file: this module's `State`, not the generated one.
struct State: Sendable, Codable, Hashable {
    var applicant: String
    var stage: String
}

/// What the hiring committee is given: this module's `Inputs`.
struct Inputs: Sendable, Codable, Hashable {
    var references: Int
}

/// What the committee decided: this module's `Outputs`.
struct Outputs: Sendable, Codable, Hashable {
    var hired: Bool
}

/// Who runs the process; the flow's context.
struct Office: Sendable {
    var log: Log
}

/// - Task: resume
///   - provides: file
///   - revert: shred
func resume(context: Office, applicant: String) -> State {
    context.log.record("resume \(applicant)")
    return State(applicant: applicant, stage: "read")
}

func shred(context: Office, result: State) {
    context.log.record("shred \(result.applicant)")
}

/// - Task: run
///   - provides: inputs
func run(context: Office, file: State) -> Inputs {
    context.log.record("run \(file.stage)")
    return Inputs(references: file.applicant.count)
}

/// - Task: make_flow
///   - provides: interviewed
func makeFlow(context: Office, inputs: Inputs) throws -> State {
    context.log.record("makeFlow \(inputs.references)")
    guard inputs.references < 10 else { throw InjectedFailure(task: "make_flow") }
    return State(applicant: "interviewed", stage: "interview")
}

/// - Task: metadata
///   - provides: score
func metadata(interviewed: State) -> Int {
    interviewed.stage.count
}

/// - Task: diagram
///   - provides: outcome
func diagram(score: Int) -> Outputs {
    Outputs(hired: score > 5)
}

/// - Task: shared_flow
///   - provides: announcement
func sharedFlow(outcome: Outputs) -> String {
    outcome.hired ? "hired" : "no"
}

/// Named like the adapter the generator writes for task `diagram`.
///
/// - Task: announce
///   - provides: length
func executeDiagram(announcement: String) -> Int {
    announcement.count
}

/// - Flow: hiring
///   - tasks: resume, run, make_flow, metadata, diagram, shared_flow, announce
///   - durable: true
enum Hiring {}
