import Synchronization
import TaskFlow

/// A ``TaskFlow/FlowJournal`` kept in PostgreSQL, shared by every worker of a deployment: any of
/// them can resume a run that another one started.
///
/// A run's header and bookkeeping live in its row of the schema's `runs` table (the same row the
/// job board uses); its other records in `records`, keyed by run and sequence number. Each
/// `append` is one statement, so one transaction: a compare-and-append that is accepted only at
/// the run's next sequence number and, with a ``RunLease``, only while the lease is the run's
/// current one. So an append retried after a lost connection lands once, and a worker whose
/// lease was handed to another one cannot write: its run stops with
/// ``PostgresJournalError/leaseLost(_:)``, without reverting.
///
/// The journal checks once, on first use, that the schema is installed at this library's
/// version, and refuses with a ``SchemaError`` naming `taskflow-pg migrate` otherwise. Every
/// failure of the database surfaces as a ``DatabaseError``.
public final class PostgresJournal: FlowJournal {
    /// The database that holds the runs.
    public let database: TaskFlowDatabase
    /// When the engine asks for records to be committed; every append commits as one transaction.
    public let syncPolicy: JournalSyncPolicy
    /// The lease this journal writes under, `nil` for runs that are not on the job board.
    public let lease: RunLease?

    /// How long a statement may go unanswered before its connection is presumed lost and the
    /// statement is sent again on another one.
    public let answerTimeout: Duration

    /// The sequence number of each open run's next record, as this journal last wrote or read it.
    let nextSequence = Mutex<[RunID: Int]>([:])
    /// Whether the schema was found at this library's version.
    private let schemaChecked = Mutex(false)

    /// A journal in `database`.
    /// - Parameters:
    ///   - database: The database that holds the runs.
    ///   - syncPolicy: When the engine asks for records to be committed; ``TaskFlow/JournalSyncPolicy/batched(count:)``
    ///     makes fewer, larger transactions.
    ///   - lease: The job board's lease to write under: every write is accepted only while the run's
    ///     row carries this lease's token and is running on the board. Without one, only runs that
    ///     are not on the board can be written.
    ///   - answerTimeout: How long a statement may go unanswered before its connection is
    ///     presumed lost (and the statement sent again once, on another connection). Longer than
    ///     any wait for a row lock the deployment expects; the server's `statement_timeout`, if
    ///     set, is the bound on slow statements.
    public init(
        database: TaskFlowDatabase, syncPolicy: JournalSyncPolicy = .everyCompletion, lease: RunLease? = nil,
        answerTimeout: Duration = .seconds(30)
    ) {
        self.answerTimeout = answerTimeout
        self.database = database
        self.syncPolicy = syncPolicy
        self.lease = lease
    }

    /// A journal for a run of a ``FlowWorker``, which checked the schema once when it started:
    /// a worker makes one journal per claimed run, and would otherwise ask twice more per run.
    convenience init(checkedDatabase database: TaskFlowDatabase, syncPolicy: JournalSyncPolicy, lease: RunLease) {
        self.init(database: database, syncPolicy: syncPolicy, lease: lease)
        schemaChecked.withLock { $0 = true }
    }

    /// Appends records to a run's log; a header first creates the log (or fills in the header of
    /// a run the job board posted, under this journal's lease).
    ///
    /// Records after the header are written in one statement, which commits them all or none. A
    /// statement whose outcome is unknown (the connection was lost) is sent again once, on
    /// another connection; if the first had committed, the second finds the records there and
    /// succeeds without writing them twice.
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - runID: The run.
    ///   - sync: Ignored: every append is committed with the server's `synchronous_commit`
    ///     setting, which survives a crash of the worker in any case.
    /// - Throws: `JournalError.runExists` for a second header, `JournalError.unknownRun` for a
    ///   run never started, ``PostgresJournalError/leaseLost(_:)`` when the run is not this
    ///   journal's to write, ``PostgresJournalError/conflict(_:expected:found:)`` when someone else
    ///   wrote to it, ``DatabaseError`` and ``SchemaError`` when the database fails.
    public nonisolated(nonsending) func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        try await checkSchemaOnce()
        do {
            try await appendChecked(records, to: runID)
        } catch {
            // The outcome may be unknown: the next append reads the log's position again.
            _ = nextSequence.withLock { $0.removeValue(forKey: runID) }
            throw error
        }
    }

    /// Every record of a run, its header first, in the order they were appended.
    /// - Parameter runID: The run.
    /// - Returns: The records.
    /// - Throws: `JournalError.unknownRun` when the run was never started (a run posted on the
    ///   job board but not yet started included), ``PostgresJournalError/malformedRecord(_:seq:reason:)``
    ///   when a row cannot be read, ``DatabaseError`` and ``SchemaError`` when the database fails.
    public func records(of runID: RunID) async throws -> [JournalRecord] {
        try await checkSchemaOnce()
        return try await readRecords(of: runID)
    }

    /// Every started run, oldest first (by start, then by identifier).
    /// - Returns: One summary per run; its state is the last flow state recorded, its `updated`
    ///   when the run's row last changed.
    /// - Throws: ``PostgresJournalError/malformedRecord(_:seq:reason:)`` for a row with an unknown
    ///   state, ``DatabaseError`` and ``SchemaError`` when the database fails.
    public func runs() async throws -> [RunSummary] {
        try await checkSchemaOnce()
        return try await readRuns()
    }

    /// Deletes a run and all its records.
    /// - Parameter runID: The run.
    /// - Throws: `JournalError.runInProgress` while a worker holds a live lease on the run,
    ///   `JournalError.unknownRun` when there is no such run, ``DatabaseError`` and
    ///   ``SchemaError`` when the database fails.
    public func remove(_ runID: RunID) async throws {
        try await checkSchemaOnce()
        _ = nextSequence.withLock { $0.removeValue(forKey: runID) }
        try await delete(runID)
    }

    /// Forgets the run's position in its log; the next append reads it from the database.
    /// - Parameter runID: The run.
    public func close(_ runID: RunID) async {
        _ = nextSequence.withLock { $0.removeValue(forKey: runID) }
    }

    /// Checks the schema's version the first time the journal is used.
    private func checkSchemaOnce() async throws {
        guard !schemaChecked.withLock({ $0 }) else { return }
        try await database.checkSchema()
        schemaChecked.withLock { $0 = true }
    }
}
