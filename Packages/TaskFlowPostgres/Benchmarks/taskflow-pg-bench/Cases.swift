import Foundation
import PostgresNIO
import ServiceLifecycle
import TaskFlow
import TaskFlowPostgres

/// The cases, each against `database`.
struct Bench: Sendable {
    let database: TaskFlowDatabase
    var client: PostgresClient { database.client }

    /// Seconds per committed single-row INSERT, `count` in a row: the floor of any journal write.
    func singleRowInserts(count: Int) async throws -> Double {
        let table = "\(database.schema.name).insert_floor"
        try await client.query(PostgresQuery(unsafeSQL: "CREATE TABLE IF NOT EXISTS \(table) (id int8, payload bytea)"))
        let payload = ByteBuffer(repeating: 7, count: 64)
        let elapsed = try await seconds {
            for id in 0..<count {
                try await client.query("INSERT INTO \(unescaped: table) (id, payload) VALUES (\(id), \(payload))")
            }
        }
        return elapsed / Double(count)
    }

    /// Seconds per task of a durable linear flow of `tasks` tasks journaled in PostgreSQL.
    func journaledLinearRun(tasks: Int) async throws -> Double {
        let flow = try linearFlow("linear", count: tasks)
        let engine = Engine(options: .init(journal: PostgresJournal(database: database)))
        let elapsed = try await seconds {
            _ = try await engine.run(flow, state: BenchState(), runID: RunID())
        }
        return elapsed / Double(tasks)
    }

    /// The journal's commits for one run of an unordered durable flow of `tasks` overlapping tasks.
    func journaledUnorderedCommits(tasks: Int) async throws -> Int {
        let journal = CountingJournal(PostgresJournal(database: database))
        _ = try await Engine(options: .init(journal: journal)).run(try unorderedFlow(count: tasks), state: BenchState(), runID: RunID())
        return journal.count
    }

    /// Jobs per second of the bare board: `loops` concurrent loops of claim and complete, no flow
    /// run, no journal, until `jobs` posted jobs are done.
    func floorJobsPerSecond(jobs: Int, loops: Int) async throws -> Double {
        let board = JobBoard(database: database)
        let queue = "floor_\(UUID().uuidString.prefix(8))"
        for _ in 0..<jobs {
            _ = try await board.post(flowNamed: "floor", state: BenchState(), queue: queue)
        }
        let elapsed = try await seconds {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for loop in 0..<loops {
                    group.addTask {
                        while let claimed = try await board.claim(
                            queues: [queue], flows: ["floor"], worker: "floor-\(loop)", limit: 1,
                            leaseDuration: .seconds(30)
                        ).first {
                            try await board.complete(claimed.lease, lastError: nil)
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        return Double(jobs) / elapsed
    }

    /// Jobs per second of a ``FlowWorker`` holding up to `concurrency` runs of a durable 3-task flow
    /// at once, until `jobs` posted runs are done.
    func workerJobsPerSecond(jobs: Int, concurrency: Int, syncPolicy: JournalSyncPolicy) async throws -> Double {
        let finished = Finished()
        let name = "worked_\(UUID().uuidString.prefix(8).lowercased())"
        let flow = try linearFlow(name, count: 3, finished: finished)
        let board = JobBoard(database: database)
        for _ in 0..<jobs {
            _ = try await board.post(flow, state: BenchState(), queue: name)
        }
        var registry = FlowRegistry()
        registry.register(flow)
        let worker = FlowWorker(
            database: database, registry: registry,
            configuration: FlowWorker.Configuration(
                queues: [name], concurrency: concurrency, pollInterval: .milliseconds(50), syncPolicy: syncPolicy))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let started = ContinuousClock.now
            group.addTask { try await worker.run() }
            // The last task ran: then only the runs' last writes and completions remain.
            while finished.value < jobs {
                try await Task.sleep(for: .milliseconds(2))
            }
            while try await client.query(
                "SELECT count(*)::int8 FROM \(unescaped: database.schema.runs) WHERE queue = \(name) AND board_state = 'done'"
            ).collect().first?.decode(Int64.self) ?? 0 < jobs {
                try await Task.sleep(for: .milliseconds(2))
            }
            let elapsed = ContinuousClock.now - started
            group.cancelAll()
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return Double(jobs) / seconds
        }
    }
}
