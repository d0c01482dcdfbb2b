import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// What the job board does to a run's row, and what the tests read from it, in SQL.
extension TaskFlowDatabase {
    /// Posts a run on the board already claimed by `worker` under `token`, as a claim leaves it:
    /// no header yet.
    func postClaimedRun(_ runID: RunID, flow: String = "tally", token: UUID, worker: String = "worker-a") async throws {
        try await client.query(
            """
            INSERT INTO \(unescaped: schema.runs)
                (run_id, flow, initial_state, board_state, attempt, lease_token, locked_by, lease_expires)
            VALUES (\(runID.uuid), \(flow), \(Data(#"{"values":{}}"#.utf8)), 'running', 1, \(token), \(worker),
                now() + interval '5 minutes')
            """)
    }

    /// Hands the run to another worker under a new token, as a re-claim does; returns the new
    /// token and the run's next sequence number at that moment.
    func reclaim(_ runID: RunID, by worker: String = "worker-b") async throws -> (token: UUID, nextSeq: Int) {
        let token = UUID()
        let rows = try await client.query(
            """
            UPDATE \(unescaped: schema.runs) SET lease_token = \(token), locked_by = \(worker),
                attempt = attempt + 1, lease_expires = now() + interval '5 minutes'
            WHERE run_id = \(runID.uuid) RETURNING next_seq
            """
        ).collect()
        return (token, Int(try rows.first!.decode(Int64.self)))
    }

    /// The run's next sequence number and its highest recorded one.
    func position(of runID: RunID) async throws -> (nextSeq: Int, lastSeq: Int) {
        let rows = try await client.query(
            """
            SELECT next_seq, (SELECT coalesce(max(seq), 0) FROM \(unescaped: schema.records) WHERE run_id = r.run_id)
            FROM \(unescaped: schema.runs) r WHERE run_id = \(runID.uuid)
            """
        ).collect()
        let (next, last) = try rows.first!.decode((Int64, Int64).self)
        return (Int(next), Int(last))
    }
}
