import Foundation
import PostgresNIO
import TaskFlow

/// Claiming runs: each claim hands a run to one worker, under a new fencing token.
extension JobBoard {
    /// Claims up to `limit` runs that are due on `queues`, smaller priority first, then earlier
    /// `run_at`.
    ///
    /// Each claimed run becomes `running` under a lease held by `worker` until now +
    /// `leaseDuration`, with its attempt counted and a new fencing token. Runs locked by a
    /// concurrent claim are skipped, not waited for, so concurrent claimers never block each
    /// other and never get the same run. A run whose attempts are used up is never handed out.
    /// - Parameters:
    ///   - queues: The queues to claim from.
    ///   - flows: Only runs of these flows, when given: a worker claims only what it can run,
    ///     and leaves runs of other flows to workers that know them.
    ///   - worker: The claiming worker's name, shown as the runs' owner.
    ///   - limit: At most this many runs.
    ///   - leaseDuration: How long the lease lasts without a heartbeat.
    /// - Returns: The claimed runs, in claim order; empty when nothing is due.
    /// - Throws: ``DatabaseError``.
    public func claim(
        queues: [String], flows: [String]? = nil, worker: String, limit: Int = 1, leaseDuration: Duration
    ) async throws -> [ClaimedRun] {
        guard limit > 0, !queues.isEmpty, flows?.isEmpty != true else { return [] }
        // MATERIALIZED: the locking SELECT runs once, so the UPDATE touches exactly the rows it
        // locked and never more than `limit`.
        let query: PostgresQuery = """
            WITH next AS MATERIALIZED (
                SELECT run_id FROM \(unescaped: runs)
                 WHERE board_state = 'available' AND queue = ANY(\(queues)::text[]) AND run_at <= now()
                   AND attempt < max_attempts
                   AND (\(flows)::text[] IS NULL OR flow = ANY(\(flows)::text[]))
                 ORDER BY priority, run_at
                 LIMIT \(limit)
                 FOR UPDATE SKIP LOCKED)
            UPDATE \(unescaped: runs) r
               SET board_state = 'running', attempt = r.attempt + 1, lease_token = gen_random_uuid(),
                   locked_by = \(worker), lease_expires = now() + make_interval(secs => \(leaseDuration.seconds)::float8),
                   cancel_requested = false, updated_at = now()
              FROM next WHERE r.run_id = next.run_id
            RETURNING r.run_id, r.lease_token, r.flow, r.queue, r.attempt, r.max_attempts, r.initial_state,
                      r.header IS NOT NULL, r.lease_expires, r.priority, r.run_at
            """
        var claimed: [(run: ClaimedRun, priority: Int, runAt: Date)] = []
        for row in try await rows(query, while: "claiming runs on \(queues.joined(separator: ", "))") {
            let (runID, token, flow, queue, attempt, maxAttempts, initialState, hasStarted, expires, priority, runAt) =
                try row.decode((UUID, UUID, String, String, Int, Int, Data?, Bool, Date, Int, Date).self)
            let run = ClaimedRun(
                lease: RunLease(runID: RunID(uuid: runID), token: token, worker: worker),
                flow: flow, queue: queue, attempt: attempt, maxAttempts: maxAttempts,
                initialState: initialState ?? Data(), hasStarted: hasStarted, leaseExpires: expires)
            claimed.append((run, priority, runAt))
        }
        return claimed.sorted { ($0.priority, $0.runAt) < ($1.priority, $1.runAt) }.map(\.run)
    }
}
