import Foundation
import Logging
import PostgresNIO

/// The job board: runs posted to queues, each handed to one worker at a time under a lease.
///
/// A run goes through these board states (``BoardState``):
///
/// ```
///                ┌─── fail with attempts left, abandon, lease expired ───┐
///                ▼                                                       │
/// post ──▶ available ─────────────── claim ──────────────────▶ running ─┤
///                │                                                       ├── complete ──▶ done
///             cancel                                                     ├── attempts used up ──▶ discarded
///                ▼                                                       │   (fail, lease expired)
///            cancelled ◀──────── cancel requested, then acknowledged ────┘
///
/// retry: discarded or cancelled ──▶ available
/// ```
///
/// Every claim draws a new fencing token (``RunLease/token``): heartbeats, completion and
/// failure apply only under the run's current token, so a worker that lost its lease (it
/// stalled, its lease expired and another worker claimed the run) can no longer change the run.
/// Claims use `FOR UPDATE SKIP LOCKED`, so any number of workers claim concurrently without
/// waiting on each other and without handing a run out twice.
///
/// Every statement runs on ``TaskFlowDatabase/client``, which must be running. Failures are
/// thrown as ``DatabaseError`` (or ``JobBoardError`` where the board refuses a request).
public struct JobBoard: Sendable {
    /// The database that holds the board.
    public let database: TaskFlowDatabase

    /// The board in `database`'s schema.
    public init(database: TaskFlowDatabase) {
        self.database = database
    }

    /// The runs table, qualified.
    var runs: String { database.schema.runs }

    /// Runs `query` on the pool and collects its rows, reporting a failure as a ``DatabaseError``
    /// that names `operation`.
    func rows(_ query: PostgresQuery, while operation: @autoclosure () -> String) async throws -> [PostgresRow] {
        do {
            return try await database.client.query(query, logger: database.logger).collect()
        } catch {
            throw DatabaseError.wrapping(error, while: operation())
        }
    }

    /// Runs `body` in a transaction on one connection of the pool, reporting a failure as a
    /// ``DatabaseError`` that names `operation`; errors of the board itself pass through.
    func transaction<Result: Sendable>(
        while operation: @autoclosure () -> String,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await database.client.withTransaction(logger: database.logger) { connection in
                try await body(connection)
            }
        } catch let error as JobBoardError {
            throw error
        } catch let error as PostgresTransactionError {
            if let board = error.closureError as? JobBoardError { throw board }
            throw DatabaseError.wrapping(error, while: operation())
        } catch {
            throw DatabaseError.wrapping(error, while: operation())
        }
    }
}

extension Duration {
    /// The duration in seconds, as PostgreSQL's `make_interval(secs => …)` takes it.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
