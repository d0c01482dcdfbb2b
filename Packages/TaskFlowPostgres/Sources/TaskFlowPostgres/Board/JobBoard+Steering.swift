import Foundation
import Logging
import PostgresNIO
import TaskFlow

/// Steering runs from outside their workers: cancelling and retrying.
extension JobBoard {
    /// Cancels a run: a waiting run is `cancelled` at once; a running one has its cancellation
    /// requested, which its worker sees at its next heartbeat.
    /// - Returns: Which of these happened, or that the run had finished or is unknown.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func cancel(_ runID: RunID) async throws -> CancelOutcome {
        let runs = self.runs
        let logger = database.logger
        return try await transaction(while: "cancelling run \(runID)") { connection in
            guard let (state, owner) = try await Self.lockState(of: runID, in: runs, on: connection, logger: logger)
            else { return CancelOutcome.unknownRun }
            switch BoardTransition.cancelling(state) {
            case .alreadyFinished:
                return .alreadyFinished(state)
            case .cancelled:
                try await connection.query(
                    """
                    UPDATE \(unescaped: runs) SET board_state = 'cancelled', updated_at = now()
                     WHERE run_id = \(runID.uuid)
                    """, logger: logger)
                return .cancelled
            case .requested:
                try await connection.query(
                    "UPDATE \(unescaped: runs) SET cancel_requested = true WHERE run_id = \(runID.uuid)",
                    logger: logger)
                return .requested(worker: owner)
            }
        }
    }

    /// Puts a discarded or cancelled run back on the board: `available` at once, its attempts
    /// counted from zero again, any cancellation request forgotten. Idle workers on its queue
    /// are woken.
    /// - Returns: Whether it was retried, or why not.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func retry(_ runID: RunID) async throws -> RetryOutcome {
        let runs = self.runs
        let logger = database.logger
        let channel = database.schema.channel
        return try await transaction(while: "retrying run \(runID)") { connection in
            guard let (state, _) = try await Self.lockState(of: runID, in: runs, on: connection, logger: logger)
            else { return RetryOutcome.unknownRun }
            guard BoardTransition.canRetry(state) else { return .notRetryable(state) }
            try await connection.query(
                """
                WITH retried AS (
                    UPDATE \(unescaped: runs)
                       SET board_state = 'available', attempt = 0, cancel_requested = false, run_at = now(),
                           updated_at = now()
                     WHERE run_id = \(runID.uuid)
                    RETURNING queue)
                SELECT pg_notify(\(channel), queue)::text FROM retried
                """, logger: logger)
            return .retried
        }
    }

    /// Locks the run's row until the transaction ends: its board state and owner, `nil` when
    /// the run is not on the board.
    private static func lockState(
        of runID: RunID, in runs: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> (BoardState, String?)? {
        let row = try await connection.query(
            "SELECT board_state, locked_by FROM \(unescaped: runs) WHERE run_id = \(runID.uuid) FOR UPDATE",
            logger: logger
        ).collect().first
        guard let row else { return nil }
        let (state, owner) = try row.decode((String?, String?).self)
        return state.flatMap(BoardState.init(rawValue:)).map { ($0, owner) }
    }
}
