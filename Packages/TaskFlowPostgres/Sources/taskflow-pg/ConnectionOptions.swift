import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import TaskFlowPostgres

/// Where the database is: a unix socket or a host, with defaults from postgres-nio's own
/// environment variables.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "The server's unix socket file (default: $POSTGRES_SOCKET).")
    var socket: String?

    @Option(help: "The server's host, when not using a socket (default: $POSTGRES_HOSTNAME).")
    var host: String?

    @Option(help: "The server's port (default: $POSTGRES_PORT, or 5432).")
    var port: Int?

    @Option(help: "The user (default: $POSTGRES_USER, or postgres).")
    var user: String?

    @Option(help: "The password (default: $POSTGRES_PASSWORD, or none).")
    var password: String?

    @Option(help: "The database (default: $POSTGRES_DB, or postgres).")
    var database: String?

    @Option(help: "The schema that holds the runs.")
    var schema: String = TaskFlowSchema.default.name

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The client's configuration; without a socket or a host, the environment's socket.
    func configuration() throws -> PostgresClient.Configuration {
        let user = user ?? environment["POSTGRES_USER"] ?? "postgres"
        let password = password ?? environment["POSTGRES_PASSWORD"]
        let database = database ?? environment["POSTGRES_DB"] ?? "postgres"
        if let host = host ?? (socket == nil ? environment["POSTGRES_HOSTNAME"] : nil) {
            let port = port ?? environment["POSTGRES_PORT"].flatMap(Int.init) ?? 5432
            return PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        guard let socket = socket ?? environment["POSTGRES_SOCKET"] else {
            throw ValidationError("say where the server is: --socket, --host, or $POSTGRES_SOCKET")
        }
        return PostgresClient.Configuration(
            unixSocketPath: socket, username: user, password: password, database: database)
    }

    /// Runs `body` with a running client on the configured database.
    func withDatabase<Result: Sendable>(
        _ body: @Sendable (TaskFlowDatabase) async throws -> Result
    ) async throws -> Result {
        let schema = try TaskFlowSchema(self.schema)
        return try await PostgresEnvironment.withRunningClient(try configuration()) { client in
            try await body(TaskFlowDatabase(client: client, schema: schema))
        }
    }
}
