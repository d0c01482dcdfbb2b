import Foundation
import Logging
import PostgresNIO
import TaskFlowPostgres
import Testing

/// The PostgreSQL server the tests run against, found through postgres-nio's own variables:
/// `POSTGRES_SOCKET` (the socket file), `POSTGRES_USER`, `POSTGRES_DB`.
/// `Scripts/with-postgres.sh` starts a throwaway one and sets them.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment

    /// Whether the variables are set.
    static var isConfigured: Bool { environment["POSTGRES_SOCKET"] != nil }

    /// Enables a suite only when a server is configured, saying why it was skipped otherwise.
    static let required = Testing.ConditionTrait.enabled(
        if: isConfigured,
        "POSTGRES_SOCKET is not set: run the tests under Packages/TaskFlowPostgres/Scripts/with-postgres.sh")

    /// How to reach the server.
    static var configuration: PostgresClient.Configuration {
        PostgresEnvironment.configuration(environment)
            ?? PostgresClient.Configuration(
                unixSocketPath: "/tmp/.s.PGSQL.5432", username: "postgres", password: nil, database: "postgres")
    }

    /// Runs `body` with a running client, outside any schema.
    static func withClient<Result: Sendable>(
        configuration: PostgresClient.Configuration = TestServer.configuration,
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        try await PostgresEnvironment.withRunningClient(configuration, body)
    }

    /// Runs `body` with a database in a new schema of its own, migrated, which is dropped
    /// afterwards: tests run in parallel without seeing each other's runs.
    static func withDatabase<Result: Sendable>(
        _ body: @Sendable (TaskFlowDatabase) async throws -> Result
    ) async throws -> Result {
        try await withClient { client in
            let schema = try TaskFlowSchema("t_" + UUID().uuidString.prefix(13).lowercased()
                .replacingOccurrences(of: "-", with: ""))
            let database = TaskFlowDatabase(client: client, schema: schema)
            try await database.migrate()
            do {
                let result = try await body(database)
                try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema.name) CASCADE"))
                return result
            } catch {
                _ = try? await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema.name) CASCADE"))
                throw error
            }
        }
    }
}

/// In CI the server must be there: a missing variable fails instead of skipping every suite.
@Test func aServerIsConfiguredWhenRunningInCI() {
    if TestServer.environment["CI"] == "true" {
        #expect(TestServer.isConfigured, "CI must run these tests under Scripts/with-postgres.sh")
    }
}
