import TaskFlow

// Types, a type alias and functions of this module named like TaskFlow's: the generated file
// names those `TaskFlow.Engine`, `TaskFlow.Flow`, `TaskFlow.RunID`, `TaskFlow.TaskMetadata`,
// `TaskFlow.requireSymbol` and `TaskFlow.maybeIsolated`, and everything else as usual.

/// How this module names its jobs: its `RunID`, not the runtime's.
typealias RunID = String

/// A car's engine: this module's `Engine`, not the runtime's.
struct Engine: Sendable, Codable, Hashable {
    var horsepower: Int
}

/// A river's flow: this module's `Flow`.
enum Flow {
    static let litresPerSecond = 3
}

/// This module's own `requireSymbol`: checks a part number.
func requireSymbol(_ part: String) -> Bool {
    !part.isEmpty
}

/// This module's own `maybeIsolated`: whether a car may be serviced by more than one mechanic.
func maybeIsolated(_ engine: Engine) -> Bool {
    engine.horsepower < 200
}

/// Who works on the car; the flow's context.
struct Workshop: Sendable {
    var log: Log
}

/// - Task: pick_engine
///   - provides: engine
func pickEngine(horsepower: Int) -> Engine {
    Engine(horsepower: horsepower)
}

/// - Task: tune
///   - provides: tuned
///   - revert: untune
func tune(context: Workshop, engine: Engine) async throws -> Engine {
    context.log.record("tune \(engine.horsepower)")
    guard engine.horsepower <= 500 else { throw InjectedFailure(task: "tune") }
    return Engine(horsepower: engine.horsepower + 10)
}

func untune(context: Workshop, result: Engine) {
    context.log.record("untune \(result.horsepower)")
}

/// - Task: inspect
///   - provides: report
func inspect(context: Workshop, tuned: Engine) throws -> String {
    context.log.record("inspect \(tuned.horsepower)")
    if tuned.horsepower == 110 { throw InjectedFailure(task: "inspect") }
    return "\(tuned.horsepower) hp"
}

/// - Flow: build_car
///   - tasks: pick_engine, tune, inspect
///   - durable: true
enum Garage {
    /// A note about a job: this type's `TaskMetadata`, which hides the runtime's inside
    /// `extension Garage`, where the generated members are.
    struct TaskMetadata {
        var note: String
    }
}
