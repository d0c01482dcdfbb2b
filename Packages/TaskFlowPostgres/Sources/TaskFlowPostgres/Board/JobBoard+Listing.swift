import Foundation
import PostgresNIO
import TaskFlow

/// Listing the board.
extension JobBoard {
    /// The runs on the board, oldest post first.
    /// - Parameter queue: Only this queue's runs; every queue's unless given.
    /// - Returns: The runs.
    /// - Throws: ``DatabaseError``.
    public func runs(queue: String? = nil) async throws -> [BoardRun] {
        let query: PostgresQuery = """
            SELECT run_id, flow, queue, board_state, flow_state, attempt, max_attempts, locked_by, lease_expires,
                   last_error, run_at, priority, cancel_requested
              FROM \(unescaped: runs)
             WHERE board_state IS NOT NULL AND (\(queue)::text IS NULL OR queue = \(queue)::text)
             ORDER BY created_at, run_id
            """
        return try await rows(query, while: "listing the board").map { row in
            let (runID, flow, queue, state, flowState, attempt, maxAttempts, owner, expires, lastError, runAt,
                priority, cancelRequested) = try row.decode(
                    (UUID, String, String, String, String, Int, Int, String?, Date?, String?, Date, Int, Bool).self)
            return BoardRun(
                runID: RunID(uuid: runID), flow: flow, queue: queue, state: BoardState(rawValue: state) ?? .available,
                flowState: flowState, attempt: attempt, maxAttempts: maxAttempts, owner: owner,
                leaseExpires: expires, lastError: lastError, runAt: runAt, priority: Int16(priority),
                cancelRequested: cancelRequested)
        }
    }
}
