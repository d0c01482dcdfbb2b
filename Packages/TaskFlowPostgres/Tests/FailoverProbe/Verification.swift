import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// Checks every run of a soak: each finished on the board and in its journal, with the final
/// state of an uninterrupted run; no task's success recorded twice; each task's effect recorded
/// once, or twice for at most one task of a run that was taken over (the task running when its
/// worker died or paused runs again: at least once).
/// - Returns: One line per problem (none when the soak passed), how many runs more than one
///   worker ran, and how many runs there were.
func verifySoak(_ database: TaskFlowDatabase) async throws -> (problems: [String], takenOver: Int, runs: Int) {
    let schema = database.schema
    let client = database.client
    var problems: [String] = []
    let journal = PostgresJournal(database: database)
    let expected = expectedSoakState()
    let runs = try await client.query(PostgresQuery(unsafeSQL: """
        SELECT run_id, board_state, flow_state, attempt FROM \(schema.runs) ORDER BY created_at
        """)).collect()
    guard !runs.isEmpty else { return (["no runs"], 0, 0) }
    var takenOver = 0
    for row in runs {
        let (id, board, flowState, attempt) = try row.decode((UUID, String?, String, Int32).self)
        let runID = RunID(uuid: id)
        if attempt > 1 { takenOver += 1 }
        if board != "done" || flowState != "success" {
            problems.append("run \(runID): board \(board ?? "-"), flow \(flowState) after \(attempt) attempts")
            continue
        }
        let records = try await journal.records(of: runID)
        var successes: [Int: Int] = [:]
        var final: SoakState?
        for record in records {
            switch record {
            case .task(let index, .success, _): successes[index, default: 0] += 1
            case .state(let data): final = try JSONDecoder().decode(SoakState.self, from: data)
            default: break
            }
        }
        for (index, count) in successes where count > 1 {
            problems.append("run \(runID): \(soakTasks[index]) recorded as a success \(count) times")
        }
        if final != expected {
            problems.append("run \(runID): ended with \(final.map { "\($0.values)" } ?? "no state"), not \(expected.values)")
        }
        let effects = try await client.query(PostgresQuery(
            unsafeSQL: "SELECT task, count(*)::int8 FROM \(schema.name).effects WHERE run_id = $1 GROUP BY task",
            binds: { var binds = PostgresBindings(); binds.append(id); return binds }())).collect()
        var repeated = 0
        var seen = Set<String>()
        for effect in effects {
            let (task, count) = try effect.decode((String, Int64).self)
            seen.insert(task)
            if count == 2 { repeated += 1 }
            if count > 2 || (count == 2 && attempt < 2) {
                problems.append("run \(runID): \(task)'s effect recorded \(count) times in \(attempt) attempts")
            }
        }
        if repeated > 1 {
            problems.append("run \(runID): \(repeated) tasks' effects recorded twice; at most the interrupted one may be")
        }
        for task in soakTasks where !seen.contains(task) {
            problems.append("run \(runID): \(task) has no effect")
        }
    }
    return (problems, takenOver, runs.count)
}
