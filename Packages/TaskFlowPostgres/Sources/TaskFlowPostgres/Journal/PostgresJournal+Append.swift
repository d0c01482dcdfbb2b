import Foundation
import PostgresNIO
import TaskFlow

extension PostgresJournal {
    /// Writes the header, if `records` starts with one, then the records after it.
    nonisolated(nonsending) func appendChecked(_ records: [JournalRecord], to runID: RunID) async throws {
        var rest = records[...]
        if case .started(let header)? = rest.first {
            try await writeHeader(header, of: runID)
            nextSequence.withLock { $0[runID] = 1 }
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return }
        if rest.contains(where: { if case .started = $0 { true } else { false } }) {
            throw JournalError.runExists(runID)
        }
        let expected: Int
        if let cached = nextSequence.withLock({ $0[runID] }) {
            expected = cached
        } else {
            expected = try await readNextSequence(of: runID)
        }
        try await appendRecords(Array(rest), to: runID, at: expected)
        nextSequence.withLock { $0[runID] = expected + rest.count }
    }

    /// Creates the run's row with its header, or fills in the header of the row the job board
    /// posted, under this journal's lease. Sent again after a lost connection, finding this very
    /// header there with no record after it, it succeeds: the first attempt had committed.
    /// - Parameter resent: Whether the header may have been written already by this journal
    ///   (an attempt whose outcome is unknown); otherwise any header there is a second one.
    nonisolated(nonsending) func writeHeader(_ header: RunHeader, of runID: RunID, resent: Bool = false) async throws {
        let json = try JSONEncoder().encode(header)
        let runs = database.schema.runs
        let started = header.started.timeIntervalSince1970
        let query: PostgresQuery
        if let lease {
            query = try """
                UPDATE \(unescaped: runs) SET flow = \(header.flow), header = \(json), started = \(started),
                    next_seq = 1, flow_state = 'pending', updated_at = now()
                WHERE run_id = \(runID.uuid) AND header IS NULL AND lease_token = \(lease.token)
                    AND board_state = 'running'
                RETURNING 1
                """
        } else {
            query = try """
                INSERT INTO \(unescaped: runs) (run_id, flow, header, started)
                VALUES (\(runID.uuid), \(header.flow), \(json), \(started))
                ON CONFLICT (run_id) DO NOTHING
                RETURNING 1
                """
        }
        try await retryingOnce("writing the header of run \(runID)") { retry in
            let written = try await fetchRows(query).count
            guard written == 0 else { return }
            let rows = try await fetchRows(
                "SELECT header, lease_token, board_state, next_seq FROM \(unescaped: runs) WHERE run_id = \(runID.uuid)")
            guard let row = rows.first else { throw JournalError.unknownRun(runID) }
            let (stored, token, boardState, nextSeq) = try row.decode((Data?, UUID?, String?, Int64).self)
            if let stored {
                // Already there: ours when an attempt whose outcome was unknown had committed it.
                guard resent || retry, nextSeq == 1, (try? RecordColumns.header(run: runID, json: stored)) == header,
                    admits(token: token, boardState: boardState)
                else { throw JournalError.runExists(runID) }
                return
            }
            guard admits(token: token, boardState: boardState) else { throw PostgresJournalError.leaseLost(runID) }
            throw JournalError.unknownRun(runID)
        }
    }

    /// Appends `records` (no header among them) to the run's log at sequence number `expected`, in one statement that
    /// advances the run's `next_seq` and `flow_state` only if the log is still at `expected` and
    /// the row admits this journal's lease, and inserts the records only then.
    ///
    /// When the statement changes nothing, the row says why: the run is gone or not started
    /// (`unknownRun`), its lease is another's (`leaseLost`), or the log moved — by exactly this
    /// batch, holding these very records, when an earlier attempt committed (success), or by
    /// someone else's records (`conflict`).
    ///
    /// Under a lease, the append that records the run's success also completes the run on the
    /// board (`done`, lease cleared): one commit fewer per run, and no moment at which the journal
    /// says finished while the board says running. A failed run is completed by its worker, which
    /// adds why it failed.
    nonisolated(nonsending) func appendRecords(_ records: [JournalRecord], to runID: RunID, at expected: Int) async throws {
        let batch = RecordColumns.Batch(records)
        let schema = database.schema
        let count = batch.count
        let completes = lease != nil && batch.lastFlowState == FlowState.success.rawValue
        let query: PostgresQuery = """
            WITH owner AS (
                UPDATE \(unescaped: schema.runs)
                SET next_seq = next_seq + \(count), updated_at = now(),
                    flow_state = coalesce(nullif(\(batch.lastFlowState), ''), flow_state),
                    board_state = CASE WHEN \(completes) THEN 'done' ELSE board_state END,
                    lease_token = CASE WHEN \(completes) THEN NULL ELSE lease_token END,
                    lease_expires = CASE WHEN \(completes) THEN NULL ELSE lease_expires END,
                    locked_by = CASE WHEN \(completes) THEN NULL ELSE locked_by END,
                    cancel_requested = CASE WHEN \(completes) THEN false ELSE cancel_requested END
                WHERE run_id = \(runID.uuid) AND next_seq = \(expected) AND header IS NOT NULL
                    AND coalesce(lease_token, '00000000-0000-0000-0000-000000000000'::uuid) = \(fenceToken)
                    AND coalesce(board_state, '') = \(fenceBoardState)
                RETURNING run_id
            ), inserted AS (
                INSERT INTO \(unescaped: schema.records) (run_id, seq, kind, task, state, message, data)
                SELECT owner.run_id, \(expected) + r.i - 1, r.kind,
                    CASE WHEN r.kind = 3 THEN r.task END,
                    CASE WHEN r.kind IN (2, 3) THEN r.state END,
                    CASE WHEN r.has_message THEN r.message END,
                    CASE WHEN r.kind = 4 THEN r.data END
                FROM owner, unnest(
                    \(batch.kinds)::int2[], \(batch.tasks)::int4[], \(batch.states)::text[],
                    \(batch.messages)::text[], \(batch.hasMessages)::bool[], \(batch.data)::bytea[]
                ) WITH ORDINALITY AS r(kind, task, state, message, has_message, data, i)
                RETURNING 1
            )
            SELECT count(*)::int8 FROM owner
            """
        try await retryingOnce("appending \(count) records to run \(runID) at record \(expected)") { _ in
            let matched = try await fetchRows(query).first?.decode(Int64.self)
            guard matched != 1 else { return }
            try await explainRefusedAppend(records, to: runID, at: expected)
        }
    }

    /// Why an append at `expected` changed nothing; returns when the batch is already there.
    private nonisolated(nonsending) func explainRefusedAppend(
        _ records: [JournalRecord], to runID: RunID, at expected: Int
    ) async throws {
        let schema = database.schema
        let rows = try await fetchRows("""
            SELECT next_seq, lease_token, board_state, header IS NOT NULL
            FROM \(unescaped: schema.runs) WHERE run_id = \(runID.uuid)
            """)
        guard let row = rows.first else { throw JournalError.unknownRun(runID) }
        let (nextSeq, token, boardState, started) = try row.decode((Int64, UUID?, String?, Bool).self)
        guard started else { throw JournalError.unknownRun(runID) }
        let found = Int(nextSeq)
        // Before the fence: an append that committed a run's success also ended its lease.
        if found == expected + records.count, try await readRecords(of: runID, from: expected, to: found) == records {
            return
        }
        guard admits(token: token, boardState: boardState) else { throw PostgresJournalError.leaseLost(runID) }
        throw PostgresJournalError.conflict(runID, expected: expected, found: found)
    }

    /// The run's next sequence number, read from its row.
    private nonisolated(nonsending) func readNextSequence(of runID: RunID) async throws -> Int {
        let runs = database.schema.runs
        return try await retryingOnce("reading the position of run \(runID)") { _ in
            let rows = try await fetchRows(
                "SELECT next_seq FROM \(unescaped: runs) WHERE run_id = \(runID.uuid) AND header IS NOT NULL")
            guard let row = rows.first else { throw JournalError.unknownRun(runID) }
            return Int(try row.decode(Int64.self))
        }
    }
}
