import Foundation
import PostgresNIO
import TaskFlow

/// Rescuing runs whose worker stopped sending heartbeats.
extension JobBoard {
    /// Takes back up to `limit` runs whose lease expired (their worker died, hung or lost the
    /// database): each becomes `available` at once, or `discarded` when its attempts are used
    /// up, or `cancelled` when its cancellation was requested; its last error says whose lease
    /// expired. Idle workers on the runs' queues are woken.
    ///
    /// The attempt that expired counts, so a run that kills every worker that claims it is
    /// discarded after its attempts instead of cycling forever. Any number of workers may call
    /// this at once: each expired run is rescued by one of them (`SKIP LOCKED`).
    /// - Returns: The rescued runs.
    /// - Throws: ``DatabaseError``.
    @discardableResult
    public func rescueExpiredLeases(limit: Int = 100) async throws -> [RescuedRun] {
        guard limit > 0 else { return [] }
        let query: PostgresQuery = """
            WITH stale AS MATERIALIZED (
                SELECT run_id FROM \(unescaped: runs)
                 WHERE board_state = 'running' AND lease_expires < now()
                 ORDER BY lease_expires
                 LIMIT \(limit)
                 FOR UPDATE SKIP LOCKED),
            rescued AS (
                UPDATE \(unescaped: runs) r
                   SET board_state = CASE WHEN r.cancel_requested THEN 'cancelled'
                                          WHEN r.attempt >= r.max_attempts THEN 'discarded'
                                          ELSE 'available' END,
                       run_at = now(), last_error = 'lease of ' || coalesce(r.locked_by, '?') || ' expired',
                       lease_token = NULL, lease_expires = NULL, locked_by = NULL, updated_at = now()
                  FROM stale WHERE r.run_id = stale.run_id
                RETURNING r.run_id, r.board_state, r.queue)
            SELECT run_id, board_state, pg_notify(\(database.schema.channel), queue)::text FROM rescued
            """
        return try await rows(query, while: "rescuing runs whose lease expired").map { row in
            let (runID, state) = try row.decode((UUID, String).self)
            return RescuedRun(runID: RunID(uuid: runID), state: BoardState(rawValue: state) ?? .available)
        }
    }
}
