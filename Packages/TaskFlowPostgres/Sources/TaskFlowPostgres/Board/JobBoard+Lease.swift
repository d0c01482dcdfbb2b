import Foundation
import PostgresNIO
import TaskFlow

/// What a lease holder does with its run: extend the lease, finish the run, or hand it back.
/// Each applies only under the run's current fencing token.
extension JobBoard {
    /// Extends `lease` to now + `leaseDuration`, and reports a cancellation request.
    /// - Returns: ``Heartbeat/lost`` when the token is no longer the run's or the run is no
    ///   longer running.
    /// - Throws: ``DatabaseError``.
    public func heartbeat(_ lease: RunLease, leaseDuration: Duration) async throws -> Heartbeat {
        let query: PostgresQuery = """
            UPDATE \(unescaped: runs)
               SET lease_expires = now() + make_interval(secs => \(leaseDuration.seconds)::float8)
             WHERE run_id = \(lease.runID.uuid) AND lease_token = \(lease.token) AND board_state = 'running'
            RETURNING lease_expires, cancel_requested
            """
        guard let row = try await rows(query, while: "extending the \(lease)").first else { return .lost }
        let (until, cancelRequested) = try row.decode((Date, Bool).self)
        return cancelRequested ? .cancelRequested(until: until) : .extended(until: until)
    }

    /// Marks the run `done` and ends the lease.
    /// - Parameters:
    ///   - lease: The lease the run is held under.
    ///   - lastError: Why the run ended as it did when it failed and was reverted; shown as its
    ///     last error.
    /// - Returns: Whether it applied: `false` when `lease` is no longer the run's (a worker that
    ///   lost its lease cannot complete a run another worker holds).
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func complete(_ lease: RunLease, lastError: String? = nil) async throws -> Bool {
        try await finish(lease, as: .done, lastError: lastError, while: "completing the run under the \(lease)")
    }

    /// Marks the run `discarded` with `error` as its last error and ends the lease: what a worker
    /// does with a run no attempt can ever start (its posted state does not decode as its flow's).
    /// ``retry(_:)`` makes it available again.
    /// - Returns: Whether it applied: `false` when `lease` is no longer the run's.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func discard(_ lease: RunLease, error: String) async throws -> Bool {
        try await finish(lease, as: .discarded, lastError: error, while: "discarding the run under the \(lease)")
    }

    /// Marks the run `cancelled` and ends the lease: what a worker does once it cancelled the
    /// run after a heartbeat reported ``Heartbeat/cancelRequested(until:)``.
    /// - Returns: Whether it applied: `false` when `lease` is no longer the run's.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func acknowledgeCancellation(_ lease: RunLease) async throws -> Bool {
        try await finish(lease, as: .cancelled, lastError: nil, while: "cancelling the run under the \(lease)")
    }

    /// Hands a run back that this worker suspended on a graceful shutdown: it is `available`
    /// again at once, and its attempt is not counted (a handover is not a failure). Idle workers
    /// on its queue are woken. A run whose cancellation was requested becomes `cancelled`.
    /// - Returns: Whether it applied: `false` when `lease` is no longer the run's.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func abandon(_ lease: RunLease) async throws -> Bool {
        let query: PostgresQuery = """
            WITH abandoned AS (
                UPDATE \(unescaped: runs)
                   SET board_state = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'available' END,
                       attempt = greatest(attempt - 1, 0), run_at = now(),
                       lease_token = NULL, lease_expires = NULL, locked_by = NULL, updated_at = now()
                 WHERE run_id = \(lease.runID.uuid) AND lease_token = \(lease.token) AND board_state = 'running'
                RETURNING queue)
            SELECT pg_notify(\(database.schema.channel), queue)::text FROM abandoned
            """
        return try await !rows(query, while: "abandoning the run under the \(lease)").isEmpty
    }

    /// Moves the run under `lease` to a finished state and clears the lease.
    private func finish(
        _ lease: RunLease, as state: BoardState, lastError: String?, while operation: String
    ) async throws -> Bool {
        let query: PostgresQuery = """
            UPDATE \(unescaped: runs)
               SET board_state = \(state.rawValue), lease_token = NULL, lease_expires = NULL, locked_by = NULL,
                   cancel_requested = false, last_error = coalesce(\(lastError), last_error), updated_at = now()
             WHERE run_id = \(lease.runID.uuid) AND lease_token = \(lease.token) AND board_state = 'running'
            RETURNING run_id
            """
        return try await !rows(query, while: operation).isEmpty
    }
}
