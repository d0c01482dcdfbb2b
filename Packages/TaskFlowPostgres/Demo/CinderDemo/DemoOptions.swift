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

    /// The client's configuration, from the environment (see `PostgresEnvironment`).
    func configuration() throws -> PostgresClient.Configuration {
        guard let configuration = PostgresEnvironment.configuration() else {
            throw ValidationError("say where the server is: $POSTGRES_SOCKET, or $POSTGRES_HOSTNAME and $POSTGRES_PORT")
        }
        return configuration
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
        try await PostgresEnvironment.withRunningClient(try configuration()) { client in
            try await body(try context(client: client, service: service))
        }
    }
}
