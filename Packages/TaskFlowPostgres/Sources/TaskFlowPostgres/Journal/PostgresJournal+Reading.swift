import Foundation
import PostgresNIO
import TaskFlow

extension PostgresJournal {
    /// The header and records of a run, in order; remembers where its log ends.
    nonisolated(nonsending) func readRecords(of runID: RunID) async throws -> [JournalRecord] {
        let runs = database.schema.runs
        let (json, nextSeq) = try await retryingOnce("reading the header of run \(runID)") { _ in
            let rows = try await fetchRows("SELECT header, next_seq FROM \(unescaped: runs) WHERE run_id = \(runID.uuid)")
            // A run the board posted but nobody started has no header: not started, as a journal sees it.
            guard let row = rows.first else { throw JournalError.unknownRun(runID) }
            let (json, nextSeq) = try row.decode((Data?, Int64).self)
            guard let json else { throw JournalError.unknownRun(runID) }
            return (json, Int(nextSeq))
        }
        let header = try RecordColumns.header(run: runID, json: json)
        guard header.runID == runID else {
            throw PostgresJournalError.malformedRecord(runID, seq: 0, reason: "it is the header of run \(header.runID)")
        }
        // Records below the next sequence number read then are exactly those committed with it.
        let records = try await readRecords(of: runID, from: 1, to: nextSeq)
        nextSequence.withLock { $0[runID] = nextSeq }
        return [.started(header)] + records
    }

    /// The records of a run with sequence numbers from `first` up to, not including, `end`: all
    /// of them, or a ``PostgresJournalError/malformedRecord(_:seq:reason:)`` naming the first
    /// missing or unreadable one.
    nonisolated(nonsending) func readRecords(of runID: RunID, from first: Int, to end: Int) async throws -> [JournalRecord] {
        let records = database.schema.records
        let rows = try await retryingOnce("reading the records of run \(runID)") { _ in
            try await fetchRows("""
                SELECT seq, kind, task, state, message, data FROM \(unescaped: records)
                WHERE run_id = \(runID.uuid) AND seq >= \(first) AND seq < \(end) ORDER BY seq
                """)
        }
        var result: [JournalRecord] = []
        result.reserveCapacity(rows.count)
        for (offset, row) in rows.enumerated() {
            let (seq, kind, task, state, message, data) = try row.decode(
                (Int64, Int16, Int32?, String?, String?, Data?).self)
            guard seq == first + offset else {
                throw PostgresJournalError.malformedRecord(runID, seq: first + offset, reason: "the record is missing")
            }
            result.append(try RecordColumns.record(
                run: runID, seq: Int(seq), kind: kind, task: task, state: state, message: message, data: data))
        }
        guard first + rows.count >= end else {
            throw PostgresJournalError.malformedRecord(runID, seq: first + rows.count, reason: "the record is missing")
        }
        return result
    }

    /// Every started run, oldest first.
    nonisolated(nonsending) func readRuns() async throws -> [RunSummary] {
        let runs = database.schema.runs
        let rows = try await retryingOnce("listing the runs") { _ in
            try await fetchRows("SELECT run_id, flow, flow_state, started, updated_at FROM \(unescaped: runs) WHERE header IS NOT NULL")
        }
        var summaries: [RunSummary] = []
        summaries.reserveCapacity(rows.count)
        for row in rows {
            let (uuid, flow, state, started, updated) = try row.decode((UUID, String, String, Double?, Date).self)
            let runID = RunID(uuid: uuid)
            guard let flowState = FlowState(rawValue: state) else {
                throw PostgresJournalError.malformedRecord(runID, seq: 0, reason: "unknown flow state '\(state)'")
            }
            summaries.append(RunSummary(
                runID: runID, flow: flow, state: flowState,
                started: Date(timeIntervalSince1970: started ?? 0), updated: updated))
        }
        return summaries.sorted { ($0.started, $0.runID.description) < ($1.started, $1.runID.description) }
    }

    /// Deletes a run's row and, with it, its records; refuses while a worker's lease on it is live.
    nonisolated(nonsending) func delete(_ runID: RunID) async throws {
        let runs = database.schema.runs
        try await retryingOnce("removing run \(runID)") { _ in
            let rows = try await fetchRows("""
                WITH deleted AS (
                    DELETE FROM \(unescaped: runs)
                    WHERE run_id = \(runID.uuid)
                        AND NOT coalesce(board_state = 'running' AND lease_expires > now(), false)
                    RETURNING run_id
                )
                SELECT (SELECT count(*) FROM \(unescaped: runs) WHERE run_id = \(runID.uuid))::int8,
                    (SELECT count(*) FROM deleted)::int8
                """)
            guard let row = rows.first else { throw JournalError.unknownRun(runID) }
            let (found, deleted) = try row.decode((Int64, Int64).self)
            if found == 0 { throw JournalError.unknownRun(runID) }
            if deleted == 0 { throw JournalError.runInProgress(runID) }
        }
    }
}
