import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// The state of a soak run: each task's value, by task name.
struct SoakState: Codable, Sendable, Equatable {
    var values: [String: Int] = [:]
}

/// The soak flow's tasks, in order.
let soakTasks = (0..<6).map { "step\($0)" }

/// `step0 → … → step5`, durable. Each task reads its predecessor's value, sleeps a little (so
/// that kills land inside tasks as often as between them), records its effect in the `effects`
/// table with the idempotency key it ran under, and writes its own value.
func makeSoakFlow() throws -> Flow<SoakState, TaskFlowDatabase> {
    let nodes: [FlowNode<SoakState, TaskFlowDatabase>] = soakTasks.enumerated().map { index, name in
        let previous = index == 0 ? nil : soakTasks[index - 1]
        return .task(FlowTask(
            TaskMetadata(name: name, requires: previous.map { [$0] } ?? [], provides: [name]),
            execute: { store, database in
                let input = previous.map { previous in store.read { $0.values[previous] ?? -1_000 } } ?? 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 20...60)))
                try await recordEffect(of: name, in: database)
                store.write { $0.values[name] = input * 2 + index }
            }
        ))
    }
    return try Flow(inputs: [], root: .linear("soak", nodes))
}

/// What an uninterrupted run ends with.
func expectedSoakState() -> SoakState {
    var state = SoakState()
    var value = 1
    for (index, name) in soakTasks.enumerated() {
        value = value * 2 + index
        state.values[name] = value
    }
    return state
}

/// Records that `task` ran, with the idempotency key the engine gave it and this process's id.
func recordEffect(of task: String, in database: TaskFlowDatabase) async throws {
    guard let execution = FlowExecution.current else { return }
    let key = execution.idempotencyKey
    let runID = execution.runID.uuid
    let pid = Int32(ProcessInfo.processInfo.processIdentifier)
    try await database.client.query(
        PostgresQuery(
            unsafeSQL: "INSERT INTO \(database.schema.name).effects (run_id, task, key, pid) VALUES ($1, $2, $3, $4)",
            binds: {
                var binds = PostgresBindings()
                binds.append(runID)
                binds.append(task)
                binds.append(key)
                binds.append(pid)
                return binds
            }()))
}
