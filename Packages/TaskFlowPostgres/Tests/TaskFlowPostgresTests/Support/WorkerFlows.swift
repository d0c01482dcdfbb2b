import Synchronization
import TaskFlow

/// The state of the worker tests' flows: each task's value by name, and what was posted.
struct CountState: Codable, Sendable, Equatable {
    var start = 1
    var values: [String: Int] = [:]
}

/// Counts how many times each task ran (in this process).
final class Executions: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func note(_ task: String) { counts.withLock { $0[task, default: 0] += 1 } }

    func count(_ task: String) -> Int { counts.withLock { $0[task] ?? 0 } }
}

/// A linear flow named `name` of `tasks`: each adds its position to its predecessor's value
/// (the first to `start`) after `pause`; `failing` throws instead, and the others revert by
/// noting `revert:NAME`.
func countFlow(
    _ name: String, tasks: [String] = ["a", "b", "c"], pause: Duration = .zero, failing: String? = nil,
    executions: Executions = Executions()
) throws -> Flow<CountState, Void> {
    let nodes: [FlowNode<CountState, Void>] = tasks.enumerated().map { index, task in
        let previous = index == 0 ? nil : tasks[index - 1]
        return .task(FlowTask(
            TaskMetadata(name: task, requires: previous.map { [$0] } ?? [], provides: [task]),
            execute: { store, _ in
                executions.note(task)
                if pause > .zero { try await Task.sleep(for: pause) }
                if task == failing { throw PlannedFailure(task: task) }
                let input = previous.map { previous in store.read { $0.values[previous] ?? 0 } } ?? store.read(\.start)
                store.write { $0.values[task] = input + index }
            },
            revert: { _, _, _ in executions.note("revert:\(task)") }
        ))
    }
    return try Flow(inputs: [], root: .linear(name, nodes))
}

/// What a test's failing task throws.
struct PlannedFailure: Error, CustomStringConvertible {
    var task: String
    var description: String { "\(task) failed as planned" }
}

/// The most tasks that ran at once.
final class Overlap: Sendable {
    private let counts = Mutex<(now: Int, most: Int)>((0, 0))

    func enter() { counts.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }

    func leave() { counts.withLock { $0.now -= 1 } }

    var most: Int { counts.withLock { $0.most } }
}

/// A one-task flow named `name` whose task takes `pause` and notes its overlap with others.
func overlapFlow(_ name: String, pause: Duration, overlap: Overlap) throws -> Flow<CountState, Void> {
    try Flow(inputs: [], root: .linear(name, [
        .task(FlowTask(TaskMetadata(name: "only", provides: ["only"]), execute: { _, _ in
            overlap.enter()
            defer { overlap.leave() }
            try await Task.sleep(for: pause)
        })),
    ]))
}
