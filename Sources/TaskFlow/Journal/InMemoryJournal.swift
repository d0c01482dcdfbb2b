#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A journal held in memory: the default. Suspended runs can be resumed by the same process;
/// nothing survives the process.
public final class InMemoryJournal: FlowJournal {
    private struct Log {
        var records: [JournalRecord]
        var updated: Date
    }

    private let logs = LockedValue<[RunID: Log]>([:])

    /// Memory needs no sync; the engine records per completion.
    public let syncPolicy: JournalSyncPolicy = .everyCompletion

    /// Creates an empty journal.
    public init() {}

    /// Appends records to a run's log, creating it when `records` starts with the header.
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - runID: The run.
    ///   - sync: Ignored: memory is as durable as it gets.
    /// - Throws: ``JournalError/runExists(_:)`` for a second header,
    ///   ``JournalError/unknownRun(_:)`` for records of a run never started.
    public nonisolated(nonsending) func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        let now = Date()
        try logs.withLock { logs throws(JournalError) in
            if case .started? = records.first {
                guard logs[runID] == nil else { throw JournalError.runExists(runID) }
                logs[runID] = Log(records: records, updated: now)
                return
            }
            guard logs[runID] != nil else { throw JournalError.unknownRun(runID) }
            logs[runID]!.records += records
            logs[runID]!.updated = now
        }
    }

    /// Every record of a run, in order.
    /// - Parameter runID: The run.
    /// - Returns: The records.
    /// - Throws: ``JournalError/unknownRun(_:)``.
    public func records(of runID: RunID) async throws -> [JournalRecord] {
        guard let log = logs.withLock({ $0[runID] }) else { throw JournalError.unknownRun(runID) }
        return log.records
    }

    /// Every run, oldest first.
    /// - Returns: One summary per run.
    public func runs() async throws -> [RunSummary] {
        logs.withLock { logs in
            logs.values.compactMap { RunSummary.of($0.records, updated: $0.updated) }
        }
        .sorted { ($0.started, $0.runID.description) < ($1.started, $1.runID.description) }
    }

    /// Deletes a run's log.
    /// - Parameter runID: The run.
    /// - Throws: ``JournalError/unknownRun(_:)``.
    public func remove(_ runID: RunID) async throws {
        guard logs.withLock({ $0.removeValue(forKey: runID) }) != nil else { throw JournalError.unknownRun(runID) }
    }

    /// Nothing to release.
    /// - Parameter runID: The run.
    public func close(_ runID: RunID) async {}
}
