import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import TaskFlowPostgres

/// Where the database is (from the environment, as `Scripts/with-postgres.sh` sets it) and which
/// schema the demo uses.
struct DemoOptions: ParsableArguments {
    @Option(help: "The schema of the demo's tables; its runs are in SCHEMA_taskflow (default: $CINDER_DEMO_SCHEMA, or cinder).")
    var schema: String = ProcessInfo.processInfo.environment["CINDER_DEMO_SCHEMA"] ?? "cinder"

    /// The client's configuration: `POSTGRES_SOCKET`, or `POSTGRES_HOSTNAME` and `POSTGRES_PORT`,
    /// with `POSTGRES_USER`, `POSTGRES_PASSWORD` and `POSTGRES_DB`.
    func configuration() throws -> PostgresClient.Configuration {
        let environment = ProcessInfo.processInfo.environment
        let user = environment["POSTGRES_USER"] ?? "postgres"
        let password = environment["POSTGRES_PASSWORD"]
        let database = environment["POSTGRES_DB"] ?? "postgres"
        if let socket = environment["POSTGRES_SOCKET"] {
            return PostgresClient.Configuration(unixSocketPath: socket, username: user, password: password, database: database)
        }
        guard let host = environment["POSTGRES_HOSTNAME"] else {
            throw ValidationError("say where the server is: $POSTGRES_SOCKET, or $POSTGRES_HOSTNAME and $POSTGRES_PORT")
        }
        let port = environment["POSTGRES_PORT"].flatMap(Int.init) ?? 5432
        return PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// The demo's context on a client that the caller runs.
    func context(client: PostgresClient, service: String) throws -> CinderContext {
        guard (try? TaskFlowSchema(schema)) != nil, schema.utf8.count <= 39 else {
            throw ValidationError("the schema is lower-case letters, digits and _, at most 39 characters")
        }
        let runs = try TaskFlowSchema("\(schema)_taskflow")
        return CinderContext(database: TaskFlowDatabase(client: client, schema: runs), tables: schema, service: service)
    }

    /// Runs `body` with a running client.
    func withContext<Result: Sendable>(
        service: String = "cinder-demo", _ body: @Sendable (CinderContext) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: try configuration())
        let context = try context(client: client, service: service)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(context)
        }
    }
}
