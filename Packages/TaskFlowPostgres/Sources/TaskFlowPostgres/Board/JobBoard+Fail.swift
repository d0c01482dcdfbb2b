import Foundation
import PostgresNIO
import TaskFlow

/// Failing a run: back to the board after a backoff, or discarded once its attempts are used up.
extension JobBoard {
    /// Ends the worker's attempt at the run with `error`: the run is `available` again after
    /// `backoff`'s delay for this attempt, or `discarded` once its attempts are used up, or
    /// `cancelled` when its cancellation was requested. The lease ends in every case, and the
    /// error is kept as the run's last.
    /// - Returns: Which of these happened, or ``FailureOutcome/leaseLost`` when `lease` is no
    ///   longer the run's (then nothing changed).
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func fail(_ lease: RunLease, error: String, backoff: Backoff = .default) async throws -> FailureOutcome {
        let runs = self.runs
        let logger = database.logger
        return try await transaction(while: "failing the run under the \(lease)") { connection in
            let held = try await connection.query(
                """
                SELECT attempt, max_attempts, cancel_requested FROM \(unescaped: runs)
                 WHERE run_id = \(lease.runID.uuid) AND lease_token = \(lease.token) AND board_state = 'running'
                   FOR UPDATE
                """, logger: logger
            ).collect().first
            guard let held else { return FailureOutcome.leaseLost }
            let (attempt, maxAttempts, cancelRequested) = try held.decode((Int, Int, Bool).self)
            let next = BoardTransition.afterUnfinishedAttempt(
                attempt: attempt, maxAttempts: maxAttempts, cancelRequested: cancelRequested)
            let delay = backoff.delay(afterAttempt: attempt).seconds
            let row = try await connection.query(
                """
                UPDATE \(unescaped: runs)
                   SET board_state = \(next.rawValue), last_error = \(error),
                       run_at = CASE WHEN \(next == .available) THEN now() + make_interval(secs => \(delay)::float8)
                                ELSE run_at END,
                       lease_token = NULL, lease_expires = NULL, locked_by = NULL, updated_at = now()
                 WHERE run_id = \(lease.runID.uuid)
                RETURNING run_at
                """, logger: logger
            ).collect().first
            switch next {
            case .available: return .retrying(at: try row?.decode(Date.self) ?? Date())
            case .cancelled: return .cancelled
            default: return .discarded
            }
        }
    }
}
