import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import TaskFlow
import TaskFlowPostgres

// taskflow-pg-probe: the worker process and the checks of the fail-over soak
// (Scripts/failover-soak.sh). The server comes from POSTGRES_SOCKET, POSTGRES_USER, POSTGRES_DB.
//
//   taskflow-pg-probe setup SCHEMA RUNS     install SCHEMA and an effects table; post RUNS runs
//   taskflow-pg-probe work SCHEMA           work the board (lease 1 s) until SIGTERM or killed
//   taskflow-pg-probe progress SCHEMA K     wait until the journal holds K records (30 s at most)
//   taskflow-pg-probe wait SCHEMA SECONDS   wait until no run is available or running
//   taskflow-pg-probe verify SCHEMA         check every run; print `ok` or each problem
//   taskflow-pg-probe teardown SCHEMA       drop SCHEMA

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: taskflow-pg-probe setup|work|wait|verify SCHEMA [N]\n".utf8))
    exit(64)
}
guard let configuration = PostgresEnvironment.configuration() else {
    FileHandle.standardError.write(Data("taskflow-pg-probe: POSTGRES_SOCKET is not set\n".utf8))
    exit(64)
}
let client = PostgresClient(configuration: configuration)
let database = TaskFlowDatabase(client: client, schema: try TaskFlowSchema(arguments[1]))

/// Runs `body` with the client running.
func withClient(_ body: @Sendable @escaping () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await client.run() }
        defer { group.cancelAll() }
        try await body()
    }
}

switch arguments[0] {
case "setup":
    let runs = arguments.count > 2 ? Int(arguments[2]) ?? 4 : 4
    try await withClient {
        try await database.migrate()
        try await client.query(PostgresQuery(unsafeSQL: """
            CREATE TABLE IF NOT EXISTS \(database.schema.name).effects (
                run_id uuid NOT NULL, task text NOT NULL, key text NOT NULL, pid int4 NOT NULL)
            """))
        let board = JobBoard(database: database)
        let flow = try makeSoakFlow()
        for _ in 0..<runs {
            _ = try await board.post(flow, state: SoakState(), maxAttempts: 5)
        }
    }
case "work":
    var registry = FlowRegistry()
    registry.register(try makeSoakFlow(), context: database)
    let worker = FlowWorker(
        database: database, registry: registry,
        configuration: FlowWorker.Configuration(
            concurrency: 4, leaseDuration: .seconds(1), heartbeatInterval: .milliseconds(250),
            pollInterval: .milliseconds(200), rescueInterval: .milliseconds(250),
            backoff: Backoff(initial: .milliseconds(100), factor: 2, maximum: .seconds(1))))
    let group = ServiceGroup(
        configuration: ServiceGroupConfiguration(
            services: [.init(service: client), .init(service: worker, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm],
            logger: Logger(label: "taskflow-pg-probe")))
    try await group.run()
case "wait":
    let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 30 : 30
    try await withClient {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let open = try await client.query(PostgresQuery(unsafeSQL: """
                SELECT count(*)::int8 FROM \(database.schema.runs) WHERE board_state IN ('available', 'running')
                """)).collect().first?.decode(Int64.self) ?? 0
            if open == 0 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        print("timeout: runs still open after \(seconds) s")
        exit(1)
    }
case "progress":
    let wanted = arguments.count > 2 ? Int64(arguments[2]) ?? 1 : 1
    try await withClient {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let count = try await client.query(PostgresQuery(unsafeSQL: """
                SELECT count(*)::int8 FROM \(database.schema.records)
                """)).collect().first?.decode(Int64.self) ?? 0
            if count >= wanted { return }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
case "teardown":
    try await withClient {
        try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(database.schema.name) CASCADE"))
    }
case "verify":
    try await withClient {
        let (problems, takenOver, total) = try await verifySoak(database)
        print(problems.isEmpty ? "ok, \(takenOver) of \(total) runs taken over" : problems.joined(separator: "\n"))
        if !problems.isEmpty { exit(1) }
    }
default:
    FileHandle.standardError.write(Data("unknown command \(arguments[0])\n".utf8))
    exit(64)
}
