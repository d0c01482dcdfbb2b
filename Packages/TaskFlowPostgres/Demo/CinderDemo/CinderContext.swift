import Foundation
import PostgresNIO
import TaskFlowPostgres

/// What every task of the demo's flows is given: the database, where the demo's tables are, and
/// the name of the service running the task (for what it prints).
struct CinderContext: Sendable {
    /// The database: its client runs the demo's statements, its schema holds the runs.
    var database: TaskFlowDatabase
    /// The schema holding the demo's tables: `volumes`, `quota_usage`, `reservations`.
    var tables: String
    /// The service's name, as it prints and as the board knows it (`locked_by`).
    var service: String

    /// The connection pool.
    var client: PostgresClient { database.client }

    /// The job board the casts post the next flow's runs on.
    var board: JobBoard { JobBoard(database: database) }

    /// Prints one line saying what a task did, prefixed with the service's name.
    func say(_ line: String) {
        emit("[\(service)] \(line)")
    }

    /// Runs `query`, returning its rows.
    @discardableResult
    func query(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await client.query(query).collect()
    }
}

/// The demo's queues, one per service kind, and the project its volumes are charged to.
enum Demo {
    /// The API service's queue.
    static let apiQueue = "api"
    /// The scheduler's queue.
    static let schedulerQueue = "scheduler"
    /// The volume managers' queue.
    static let volumeQueue = "volume"
    /// Every queue of the demo.
    static let queues = [apiQueue, schedulerQueue, volumeQueue]
    /// The project every demo volume is charged to.
    static let project = "demo"
    /// The backends the scheduler picks from.
    static let backends = ["cinder-volume@lvm-a", "cinder-volume@lvm-b"]
}

/// Writes `line` to standard output at once, unbuffered: a service killed with SIGKILL has lost
/// nothing it said.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
