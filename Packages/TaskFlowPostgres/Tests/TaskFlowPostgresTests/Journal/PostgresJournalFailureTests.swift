import Foundation
import PostgresNIO
import Synchronization
import TaskFlow
@testable import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct PostgresJournalFailureTests {
    static func header(_ runID: RunID) -> RunHeader {
        RunHeader(runID: runID, flow: "tally", tasks: [JournaledTask(name: "a", version: .initial)], started: Date())
    }

    /// Runs `body` with a journal on its own client, whose connections carry `parameters` and an
    /// `application_name` that `terminateConnections` finds them by.
    static func withOwnClient<Result: Sendable>(
        _ database: TaskFlowDatabase, parameters: [(String, String)] = [],
        _ body: @Sendable (PostgresJournal, _ applicationName: String) async throws -> Result
    ) async throws -> Result {
        let name = "tf-journal-" + UUID().uuidString.prefix(8)
        var configuration = TestServer.configuration
        configuration.options.additionalStartupParameters = [("application_name", name)] + parameters
        return try await TestServer.withClient(configuration: configuration) { client in
            // A short answer timeout: a query postgres-nio leaves waiting on a killed connection is
            // given up on (and sent again) quickly.
            let journal = PostgresJournal(
                database: TaskFlowDatabase(client: client, schema: database.schema), answerTimeout: .seconds(2))
            return try await body(journal, name)
        }
    }

    @Test func anAppendSentAgainAfterItCommittedLandsOnce() async throws {
        try await TestServer.withDatabase { database in
            let journal = PostgresJournal(database: database)
            let runID = RunID()
            let header = Self.header(runID)
            try await journal.append([.started(header), .flow(.running)], to: runID, sync: true)
            let batch: [JournalRecord] = [.task(0, .success, message: nil), .state(Data("{}".utf8))]
            // What a retry after a lost reply sends: the same records at the same position.
            try await journal.appendRecords(batch, to: runID, at: 2)
            try await journal.appendRecords(batch, to: runID, at: 2)
            #expect(try await journal.records(of: runID) == [.started(header), .flow(.running)] + batch)
            // Other records at that position are someone else's.
            await #expect(throws: PostgresJournalError.conflict(runID, expected: 2, found: 4)) {
                try await journal.appendRecords([.flow(.failure), .flow(.reverted)], to: runID, at: 2)
            }
            // A header sent again after a lost reply passes only while nothing follows it; sent
            // again on purpose, or someone else's, it is a second header.
            let other = RunID()
            let otherHeader = Self.header(other)
            try await journal.writeHeader(otherHeader, of: other)
            try await journal.writeHeader(otherHeader, of: other, resent: true)
            await #expect(throws: JournalError.runExists(other)) { try await journal.writeHeader(otherHeader, of: other) }
            await #expect(throws: JournalError.runExists(runID)) {
                try await journal.writeHeader(header, of: runID, resent: true)
            }
            #expect(try await journal.records(of: runID).count == 4)
            #expect(try await journal.records(of: other) == [.started(otherHeader)])
        }
    }

    @Test func aRunWhoseConnectionsAreKilledContinuesOrResumesWithoutLosingOrRepeatingASuccess() async throws {
        try await TestServer.withDatabase { database in
            try await Self.withOwnClient(database) { journal, name in
                let runID = RunID()
                let kill: @Sendable () async throws -> Void = {
                    _ = try await database.client.query(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = \(name)"
                    ).collect()
                }
                let probe = JournalProbe { task in if task == "b" || task == "c" { try await kill() } }
                let engine = Engine(options: .init(journal: journal))
                let flow = try JournalProbe.linearFlow()
                let final: Tally
                do {
                    final = try await engine.run(flow, state: Tally(), context: probe, runID: runID)
                } catch {
                    guard case .journal(let cause)? = (error as? FlowFailure)?.reason else {
                        Issue.record("the run stopped for another reason than its journal: \(error)")
                        return
                    }
                    #expect(cause is DatabaseError)
                    final = try await engine.resume(flow, runID: runID, context: JournalProbe())
                }
                #expect(final == Tally.complete)
                let records = try await journal.records(of: runID)
                #expect(successCounts(records) == [0: 1, 1: 1, 2: 1, 3: 1])
                #expect(records.last == .flow(.success))
            }
        }
    }

    @Test func aStatementTimeoutStopsTheRunNamingSQLState57014AndItResumes() async throws {
        try await TestServer.withDatabase { database in
            try await Self.withOwnClient(database, parameters: [("statement_timeout", "300")]) { journal, _ in
                let runID = RunID()
                let blocker = Blocker()
                // While b runs, another transaction locks the run's row for longer than the timeout.
                let probe = JournalProbe { task in
                    guard task == "b" else { return }
                    try await blocker.lock(runID, in: database, for: .seconds(2))
                }
                let engine = Engine(options: .init(journal: journal))
                let failure = await #expect(throws: FlowFailure.self) {
                    try await engine.run(JournalProbe.linearFlow(), state: Tally(), context: probe, runID: runID)
                }
                try await blocker.finish()
                guard case .journal(let cause)? = failure?.reason else {
                    Issue.record("the run did not stop for its journal: \(String(describing: failure))")
                    return
                }
                #expect((cause as? DatabaseError)?.sqlState == "57014")
                #expect("\(cause)".contains("SQLSTATE 57014"), "\(cause)")
                #expect("\(cause)".contains("\(runID)"), "\(cause)")
                #expect(probe.reverted.isEmpty)

                let resumed = JournalProbe()
                #expect(try await engine.resume(JournalProbe.linearFlow(), runID: runID, context: resumed) == Tally.complete)
                #expect(resumed.executed == ["b", "c", "d"])
                #expect(successCounts(try await journal.records(of: runID)) == [0: 1, 1: 1, 2: 1, 3: 1])
            }
        }
    }

    @Test func anAppendUnansweredPastItsTimeoutIsSentAgainAndLandsOnce() async throws {
        try await TestServer.withDatabase { database in
            try await Self.withOwnClient(database) { journal, _ in
                let runID = RunID()
                let header = Self.header(runID)
                try await journal.append([.started(header), .flow(.running)], to: runID, sync: true)
                // The row stays locked for longer than the journal's 2 s answer timeout.
                let blocker = Blocker()
                try await blocker.lock(runID, in: database, for: .seconds(3))
                let batch: [JournalRecord] = [.task(0, .success, message: nil), .state(Data("{}".utf8))]
                let clock = ContinuousClock()
                let start = clock.now
                try await journal.append(batch, to: runID, sync: true)
                #expect(clock.now - start > .seconds(2), "the append did not wait for the lock")
                try await blocker.finish()
                #expect(try await journal.records(of: runID) == [.started(header), .flow(.running)] + batch)
            }
        }
    }

    @Test func aMalformedRowIsReportedWithItsRunAndSequenceNumber() async throws {
        try await TestServer.withDatabase { database in
            let journal = PostgresJournal(database: database)
            let runID = RunID()
            try await journal.append([.started(Self.header(runID)), .flow(.running), .task(0, .running, message: nil)], to: runID, sync: true)
            try await database.client.query(
                """
                INSERT INTO \(unescaped: database.schema.records) (run_id, seq, kind, task, state)
                VALUES (\(runID.uuid), 3, 3, 0, 'exploded')
                """)
            try await database.client.query(
                "UPDATE \(unescaped: database.schema.runs) SET next_seq = 4 WHERE run_id = \(runID.uuid)")
            let error = await #expect(throws: PostgresJournalError.self) { _ = try await journal.records(of: runID) }
            #expect(error == .malformedRecord(runID, seq: 3, reason: "unknown task state 'exploded'"))
            #expect(error.map { "\($0)" } == "record 3 of run \(runID) cannot be read: unknown task state 'exploded'")

            try await database.client.query(
                "UPDATE \(unescaped: database.schema.runs) SET header = \(Data("not json".utf8)) WHERE run_id = \(runID.uuid)")
            let headerError = await #expect(throws: PostgresJournalError.self) { _ = try await journal.records(of: runID) }
            guard case .malformedRecord(runID, seq: 0, _)? = headerError else {
                Issue.record("a header that does not decode was reported as \(String(describing: headerError))")
                return
            }
            #expect(headerError.map { "\($0)" }?.hasPrefix("the header of run \(runID) cannot be read") == true)
        }
    }

    @Test func aSchemaAtAnotherVersionIsRefusedNamingMigrate() async throws {
        try await TestServer.withDatabase { database in
            try await database.client.query(
                PostgresQuery(unsafeSQL: "INSERT INTO \(database.schema.versions) (version) VALUES (99)"))
            let journal = PostgresJournal(database: database)
            let runID = RunID()
            let error = await #expect(throws: SchemaError.self) {
                try await journal.append([.started(Self.header(runID))], to: runID, sync: true)
            }
            #expect(error.map { "\($0)" }?.contains("taskflow-pg migrate") == true)
            await #expect(throws: SchemaError.self) { _ = try await journal.runs() }
        }
    }
}

/// Holds a run's row locked from another transaction, as a slow writer would.
final class Blocker: Sendable {
    private let task = Mutex<Task<Void, any Error>?>(nil)

    /// Locks the row for `duration` and returns once it is locked.
    func lock(_ runID: RunID, in database: TaskFlowDatabase, for duration: Duration) async throws {
        let (locked, signal) = AsyncStream.makeStream(of: Void.self)
        let holder = Task {
            defer { signal.finish() }
            try await database.client.withTransaction(logger: database.logger) { connection in
                try await connection.query(
                    "SELECT 1 FROM \(unescaped: database.schema.runs) WHERE run_id = \(runID.uuid) FOR UPDATE",
                    logger: database.logger)
                signal.yield()
                try await Task.sleep(for: duration)
            }
        }
        task.withLock { $0 = holder }
        for await _ in locked { break }
    }

    /// Waits for the lock to be released.
    func finish() async throws {
        try await task.withLock { $0 }?.value
    }
}
