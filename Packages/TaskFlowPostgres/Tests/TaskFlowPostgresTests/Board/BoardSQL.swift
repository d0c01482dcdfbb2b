import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// Direct SQL on a test's schema: to make runs due or leases expire without waiting, and to read
/// what the board wrote.
extension TaskFlowDatabase {
    /// Runs `sql`, with `{runs}` standing for the runs table.
    func execute(_ sql: String) async throws {
        try await client.query(PostgresQuery(unsafeSQL: sql.replacingOccurrences(of: "{runs}", with: schema.runs)))
    }

    /// Runs `sql` about one run, with `{runs}` standing for the runs table and `{id}` for its id.
    func execute(_ sql: String, run runID: RunID) async throws {
        try await execute(sql.replacingOccurrences(of: "{id}", with: "'\(runID)'"))
    }

    /// Makes every run on the board due now.
    func makeEverythingDue() async throws {
        try await execute("UPDATE {runs} SET run_at = now() - interval '1 second'")
    }

    /// Makes the run's lease expire.
    func expireLease(of runID: RunID) async throws {
        try await execute("UPDATE {runs} SET lease_expires = now() - interval '1 second' WHERE run_id = {id}", run: runID)
    }

    /// The run as the board shows it.
    func boardRun(_ runID: RunID) async throws -> BoardRun? {
        try await JobBoard(database: self).runs().first { $0.runID == runID }
    }
}
