import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct ClaimTests {
    @Test func concurrentClaimersGetEveryRunExactlyOnce() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            var posted: Set<RunID> = []
            for index in 0..<200 {
                posted.insert(try await board.post(flowNamed: "f", state: index))
            }
            let claims = try await withThrowingTaskGroup(of: [RunID].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var mine: [RunID] = []
                        while true {
                            let claimed = try await board.claim(
                                queues: ["default"], worker: "w\(worker)", limit: 3, leaseDuration: .seconds(60))
                            if claimed.isEmpty { return mine }
                            mine += claimed.map(\.runID)
                        }
                    }
                }
                var all: [RunID] = []
                for try await mine in group { all += mine }
                return all
            }
            #expect(claims.count == 200)
            #expect(Set(claims) == posted)
            let running = try await board.runs().filter { $0.state == .running && $0.attempt == 1 }
            #expect(running.count == 200)
        }
    }

    @Test func smallerPriorityFirstThenEarlierRunAt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let base = Date().addingTimeInterval(-60)
            let late = try await board.post(flowNamed: "f", state: 0, priority: 0, runAt: base.addingTimeInterval(20))
            let early = try await board.post(flowNamed: "f", state: 0, priority: 0, runAt: base.addingTimeInterval(10))
            let urgent = try await board.post(flowNamed: "f", state: 0, priority: -1, runAt: base.addingTimeInterval(30))
            let lazy = try await board.post(flowNamed: "f", state: 0, priority: 5, runAt: base)
            var order: [RunID] = []
            for _ in 0..<4 {
                let claimed = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(60))
                order += claimed.map(\.runID)
            }
            #expect(order == [urgent, early, late, lazy])
        }
    }

    @Test func aBatchComesInPriorityOrder() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let second = try await board.post(flowNamed: "f", state: 0, priority: 2)
            let first = try await board.post(flowNamed: "f", state: 0, priority: 1)
            let claimed = try await board.claim(queues: ["default"], worker: "w", limit: 10, leaseDuration: .seconds(60))
            #expect(claimed.map(\.runID) == [first, second])
        }
    }

    @Test func aRunIsNotClaimedBeforeItsRunAt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, runAt: Date().addingTimeInterval(3600))
            #expect(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(60)).isEmpty)
            try await database.makeEverythingDue()
            let claimed = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(60))
            #expect(claimed.map(\.runID) == [runID])
        }
    }

    @Test func onlyTheGivenQueuesAreClaimedFrom() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let mail = try await board.post(flowNamed: "f", state: 0, queue: "mail")
            let bills = try await board.post(flowNamed: "f", state: 0, queue: "bills")
            _ = try await board.post(flowNamed: "f", state: 0, queue: "other")
            let claimed = try await board.claim(
                queues: ["mail", "bills"], worker: "w", limit: 10, leaseDuration: .seconds(60))
            #expect(Set(claimed.map(\.runID)) == [mail, bills])
        }
    }

    @Test func aRunWhoseAttemptsAreUsedUpIsNeverHandedOut() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 2)
            try await database.execute("UPDATE {runs} SET attempt = 2 WHERE run_id = {id}", run: runID)
            #expect(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(60)).isEmpty)
        }
    }

    @Test func eachClaimDrawsANewTokenAndCountsAnAttempt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            let first = try #require(try await board.claim(queues: ["default"], worker: "a", leaseDuration: .seconds(60)).first)
            try await database.expireLease(of: runID)
            try await board.rescueExpiredLeases()
            let second = try #require(try await board.claim(queues: ["default"], worker: "b", leaseDuration: .seconds(60)).first)
            #expect(second.runID == runID)
            #expect(second.attempt == 2)
            #expect(second.lease.token != first.lease.token)
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.owner == "b")
            #expect(shown.leaseExpires.map { abs($0.timeIntervalSince(second.leaseExpires)) < 0.001 } == true)
        }
    }

    @Test func aRunWithAJournalHeaderIsClaimedAsStarted() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            try await database.execute("UPDATE {runs} SET header = '\\x7b7d'::bytea WHERE run_id = {id}", run: runID)
            let claimed = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(60))
            #expect(claimed.first?.hasStarted == true)
        }
    }
}
