import Foundation
import PostgresNIO
import Synchronization
import TaskFlow
@testable import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct PostgresJournalFencingTests {
    static func header(_ runID: RunID) -> RunHeader {
        RunHeader(runID: runID, flow: "tally", tasks: [JournaledTask(name: "a", version: .initial)], started: Date())
    }

    @Test func aLeasedJournalFillsInThePostedRunsHeaderOnce() async throws {
        try await TestServer.withDatabase { database in
            let runID = RunID()
            let token = UUID()
            try await database.postClaimedRun(runID, token: token)
            let journal = PostgresJournal(database: database, lease: RunLease(runID: runID, token: token, worker: "worker-a"))
            await #expect(throws: JournalError.unknownRun(runID)) { _ = try await journal.records(of: runID) }
            let header = Self.header(runID)
            try await journal.append([.started(header)], to: runID, sync: true)
            try await journal.append([.flow(.running)], to: runID, sync: true)
            await #expect(throws: JournalError.runExists(runID)) {
                try await journal.append([.started(Self.header(runID))], to: runID, sync: true)
            }
            #expect(try await journal.records(of: runID) == [.started(header), .flow(.running)])
            #expect(try await journal.runs().map(\.state) == [.running])
        }
    }

    @Test func theAppendThatRecordsALeasedRunsSuccessCompletesItOnTheBoard() async throws {
        try await TestServer.withDatabase { database in
            let runID = RunID()
            let token = UUID()
            try await database.postClaimedRun(runID, token: token)
            let lease = RunLease(runID: runID, token: token, worker: "worker-a")
            let journal = PostgresJournal(database: database, lease: lease)
            try await journal.append([.started(Self.header(runID)), .flow(.running)], to: runID, sync: true)
            try await journal.append([.task(0, .success, message: nil), .state(Data("{}".utf8))], to: runID, sync: true)
            #expect(try await database.boardRun(runID)?.state == .running)
            try await journal.append([.flow(.success)], to: runID, sync: true)
            let board = try await database.boardRun(runID)
            #expect(board?.state == .done)
            #expect(board?.owner == nil && board?.leaseExpires == nil)
            // The worker's own completion finds nothing left to do.
            #expect(try await JobBoard(database: database).complete(lease) == false)
            // Sent again after an unknown outcome, the same append finds itself there.
            try await journal.appendRecords([.flow(.success)], to: runID, at: 4)
        }
    }

    @Test func aJournalHoldingAStaleLeaseCannotAppend() async throws {
        try await TestServer.withDatabase { database in
            let runID = RunID()
            let token = UUID()
            try await database.postClaimedRun(runID, token: token)
            let stale = PostgresJournal(database: database, lease: RunLease(runID: runID, token: token, worker: "worker-a"))
            try await stale.append([.started(Self.header(runID)), .flow(.running)], to: runID, sync: true)
            let (newToken, _) = try await database.reclaim(runID)

            await #expect(throws: PostgresJournalError.leaseLost(runID)) {
                try await stale.append([.task(0, .success, message: nil)], to: runID, sync: true)
            }
            // Nor after reading the log again, nor for a header.
            _ = try await stale.records(of: runID)
            await #expect(throws: PostgresJournalError.leaseLost(runID)) {
                try await stale.append([.task(0, .success, message: nil)], to: runID, sync: true)
            }
            #expect(try await database.position(of: runID) == (nextSeq: 2, lastSeq: 1))
            // Without a lease, a run on the board cannot be written either.
            await #expect(throws: PostgresJournalError.leaseLost(runID)) {
                try await PostgresJournal(database: database).append([.flow(.failure)], to: runID, sync: true)
            }
            // The new holder can.
            let current = PostgresJournal(database: database, lease: RunLease(runID: runID, token: newToken, worker: "worker-b"))
            try await current.append([.task(0, .success, message: nil)], to: runID, sync: true)
            #expect(try await database.position(of: runID) == (nextSeq: 3, lastSeq: 2))
            let description = "\(PostgresJournalError.leaseLost(runID))"
            #expect(description.contains("\(runID)") && description.contains("another lease"))
        }
    }

    @Test func aRunWhoseLeaseIsTakenAwayMidRunStopsWithoutRevertingAndWritesNothingMore() async throws {
        try await TestServer.withDatabase { database in
            let runID = RunID()
            let token = UUID()
            try await database.postClaimedRun(runID, token: token)
            let journal = PostgresJournal(database: database, lease: RunLease(runID: runID, token: token, worker: "worker-a"))
            let takeover = Takeover()
            let probe = JournalProbe { name in
                if name == "b" { takeover.nextSeq = try await database.reclaim(runID).nextSeq }
            }
            let engine = Engine(options: .init(journal: journal))
            let failure = await #expect(throws: FlowFailure.self) {
                try await engine.run(JournalProbe.linearFlow(), state: Tally(), context: probe, runID: runID)
            }
            guard case .journal(let error)? = failure?.reason else {
                Issue.record("the run did not stop for its journal: \(String(describing: failure))")
                return
            }
            #expect(error as? PostgresJournalError == .leaseLost(runID))
            #expect(probe.executed == ["a", "b"])
            #expect(probe.reverted.isEmpty)
            let position = try await database.position(of: runID)
            #expect(position.nextSeq == takeover.nextSeq)
            #expect(position.lastSeq == takeover.nextSeq - 1, "a record landed after the takeover")
        }
    }

    @Test func removeRefusesARunWhoseLeaseIsLive() async throws {
        try await TestServer.withDatabase { database in
            let runID = RunID()
            let token = UUID()
            try await database.postClaimedRun(runID, token: token)
            let journal = PostgresJournal(database: database, lease: RunLease(runID: runID, token: token, worker: "worker-a"))
            try await journal.append([.started(Self.header(runID)), .flow(.running)], to: runID, sync: true)
            await #expect(throws: JournalError.runInProgress(runID)) { try await journal.remove(runID) }
            try await database.client.query(
                "UPDATE \(unescaped: database.schema.runs) SET lease_expires = now() - interval '1 second'")
            try await PostgresJournal(database: database).remove(runID)
            await #expect(throws: JournalError.unknownRun(runID)) { _ = try await journal.records(of: runID) }
        }
    }
}

/// Where a test's flow notes the run's next sequence number when its lease was taken away.
final class Takeover: Sendable {
    private let value = Mutex(0)
    var nextSeq: Int {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
