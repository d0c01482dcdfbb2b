import Foundation
import PostgresNIO

/// Where the server is, as postgres-nio's own tests and `Scripts/with-postgres.sh` say it:
/// `POSTGRES_SOCKET` (the socket file), or `POSTGRES_HOSTNAME` and `POSTGRES_PORT`, with
/// `POSTGRES_USER`, `POSTGRES_PASSWORD` and `POSTGRES_DB`.
public enum PostgresEnvironment {
    /// The client's configuration the variables describe; a socket wins over a host.
    /// - Parameter environment: The variables; the process's unless given.
    /// - Returns: `nil` when neither `POSTGRES_SOCKET` nor `POSTGRES_HOSTNAME` is set.
    public static func configuration(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PostgresClient.Configuration? {
        let user = environment["POSTGRES_USER"] ?? "postgres"
        let password = environment["POSTGRES_PASSWORD"]
        let database = environment["POSTGRES_DB"] ?? "postgres"
        if let socket = environment["POSTGRES_SOCKET"] {
            return PostgresClient.Configuration(
                unixSocketPath: socket, username: user, password: password, database: database)
        }
        guard let host = environment["POSTGRES_HOSTNAME"] else { return nil }
        let port = environment["POSTGRES_PORT"].flatMap(Int.init) ?? 5432
        return PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// Runs `body` with a client on `configuration` that runs meanwhile, and stops it afterwards:
    /// for commands and tests; a service runs its client in its `ServiceGroup` instead.
    public static func withRunningClient<Result: Sendable>(
        _ configuration: PostgresClient.Configuration,
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: configuration)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}
