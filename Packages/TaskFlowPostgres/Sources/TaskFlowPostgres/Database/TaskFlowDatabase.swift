import Logging
import PostgresNIO

/// A PostgreSQL database that holds a deployment's runs: a client and the schema in it.
///
/// ``PostgresJournal``, ``JobBoard`` and ``FlowWorker`` all work through one of these. The client
/// must be running (`PostgresClient.run()`, or a `ServiceGroup` that holds it) for any of their
/// queries to be answered.
public struct TaskFlowDatabase: Sendable {
    /// The connection pool.
    public let client: PostgresClient
    /// The schema that holds the runs.
    public let schema: TaskFlowSchema
    /// Where database work is logged.
    public var logger: Logger

    /// A database reached through `client`, with its runs in `schema`.
    /// - Parameters:
    ///   - client: A connection pool; the caller runs it.
    ///   - schema: The schema that holds the runs; ``TaskFlowSchema/default`` unless given.
    ///   - logger: Where database work is logged; nothing is logged unless given.
    public init(client: PostgresClient, schema: TaskFlowSchema = .default, logger: Logger? = nil) {
        self.client = client
        self.schema = schema
        self.logger = logger ?? Logger(label: "taskflow.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }
}

extension TaskFlowDatabase {
    /// Installs the schema, or upgrades it to this library's version; safe to run from several
    /// processes at once, and again when already done.
    /// - Returns: The versions before and after (`0` before the first install).
    /// - Throws: ``SchemaError/versionMismatch(schema:installed:expected:)`` when the installed
    ///   schema is newer than this library, ``DatabaseError`` when a statement fails.
    @discardableResult
    public func migrate() async throws -> (from: Int, to: Int) {
        let schema = self.schema
        let current = SchemaMigration.current
        do {
            return try await client.withTransaction(logger: logger) { connection in
                // Serialises concurrent migrators of the same schema until this transaction ends.
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(hashtext(\(schema.versions)))", logger: logger)
                try await connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema.name)"), logger: logger)
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE IF NOT EXISTS \(schema.versions) (
                                version int4 PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                            """), logger: logger)
                let installed = try await Self.installedVersion(on: connection, schema: schema, logger: logger)
                guard installed <= current else {
                    throw SchemaError.versionMismatch(schema: schema.name, installed: installed, expected: current)
                }
                for migration in SchemaMigration.all where migration.version > installed {
                    for statement in migration.statements(schema) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query(
                        PostgresQuery(
                            unsafeSQL: "INSERT INTO \(schema.versions) (version) VALUES (\(migration.version))"),
                        logger: logger)
                }
                return (installed, current)
            }
        } catch {
            throw DatabaseError.wrapping(error, while: "migrating schema '\(schema.name)'")
        }
    }

    /// Checks that the schema is installed at this library's version.
    /// - Throws: ``SchemaError`` naming `taskflow-pg migrate` when it is missing or at another
    ///   version, ``DatabaseError`` when the database cannot be asked.
    public func checkSchema() async throws {
        let schema = self.schema
        let installed: Int
        do {
            installed = try await client.withConnection { connection in
                try await Self.installedVersion(on: connection, schema: schema, logger: logger)
            }
        } catch {
            throw DatabaseError.wrapping(error, while: "reading the version of schema '\(schema.name)'")
        }
        guard installed > 0 else { throw SchemaError.missing(schema: schema.name) }
        guard installed == SchemaMigration.current else {
            throw SchemaError.versionMismatch(
                schema: schema.name, installed: installed, expected: SchemaMigration.current)
        }
    }

    /// The installed version, `0` when the version table does not exist.
    private static func installedVersion(
        on connection: PostgresConnection, schema: TaskFlowSchema, logger: Logger
    ) async throws -> Int {
        let exists = try await connection.query(
            "SELECT to_regclass(\(schema.versions)) IS NOT NULL", logger: logger
        ).collect().first?.decode(Bool.self) ?? false
        guard exists else { return 0 }
        let version = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT coalesce(max(version), 0)::int4 FROM \(schema.versions)"), logger: logger
        ).collect().first?.decode(Int32.self) ?? 0
        return Int(version)
    }
}
