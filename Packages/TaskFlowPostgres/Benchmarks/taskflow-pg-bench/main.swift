import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

// taskflow-pg-bench: what the PostgreSQL journal and job board cost, against one server, in one
// process, each figure beside the bare statements it is compared with. Prints `NAME VALUE UNIT`
// lines; each value is the median of several rounds. The server comes from POSTGRES_SOCKET,
// POSTGRES_USER and POSTGRES_DB; Benchmarks/record-postgres.sh starts one that syncs to disk.

guard let configuration = PostgresEnvironment.configuration() else {
    FileHandle.standardError.write(Data("taskflow-pg-bench: POSTGRES_SOCKET is not set\n".utf8))
    exit(64)
}
let client = PostgresClient(configuration: configuration)
let database = TaskFlowDatabase(client: client, schema: try TaskFlowSchema("bench_\(getpid())"))
let rounds = 5
let bench = Bench(database: database)

try await withThrowingTaskGroup(of: Void.self) { group in
    group.addTask { await client.run() }
    defer { group.cancelAll() }
    try await database.migrate()

    let insert = try await median(runs: rounds) { try await bench.singleRowInserts(count: 200) }
    report("pg.insert.us", insert * 1e6, "us")
    let journal = try await median(runs: rounds) { try await bench.journaledLinearRun(tasks: 200) }
    report("pg.journal.us_per_task", journal * 1e6, "us")
    let commits = try await median(runs: 3) { Double(try await bench.journaledUnorderedCommits(tasks: 100)) }
    report("pg.journal.unordered.100.commits", commits, "commits")

    for workers in [1, 4] {
        let floor = try await median(runs: 3) { try await bench.floorJobsPerSecond(jobs: 200, loops: workers) }
        report("pg.floor.\(workers).jobs_per_s", floor, "jobs/s")
        let worked = try await median(runs: 3) {
            try await bench.workerJobsPerSecond(jobs: 200, concurrency: workers, syncPolicy: .everyCompletion)
        }
        report("pg.claim_complete.\(workers).jobs_per_s", worked, "jobs/s")
        let batched = try await median(runs: 3) {
            try await bench.workerJobsPerSecond(jobs: 200, concurrency: workers, syncPolicy: .batched(count: 64))
        }
        report("pg.claim_complete.batched.\(workers).jobs_per_s", batched, "jobs/s")
    }
    try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(database.schema.name) CASCADE"))
}
