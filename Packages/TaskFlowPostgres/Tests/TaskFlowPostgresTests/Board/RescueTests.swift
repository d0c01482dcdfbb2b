import Foundation
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct RescueTests {
    @Test func aRunWhoseLeaseExpiredIsAvailableAgainWithTheAttemptCounted() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 3)
            _ = try await board.claim(queues: ["default"], worker: "crashy", leaseDuration: .seconds(30))
            #expect(try await board.rescueExpiredLeases().isEmpty)
            try await database.expireLease(of: runID)
            #expect(try await board.rescueExpiredLeases() == [RescuedRun(runID: runID, state: .available)])
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.state == .available)
            #expect(shown.attempt == 1)
            #expect(shown.lastError == "lease of crashy expired")
            #expect(shown.owner == nil)
            let again = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30))
            #expect(again.map(\.attempt) == [2])
        }
    }

    @Test func aPoisonedRunThatKillsEveryWorkerIsDiscardedAfterItsAttempts() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "poison", state: 0, maxAttempts: 3)
            var rescued: [BoardState] = []
            for worker in 1...5 {
                let claimed = try await board.claim(queues: ["default"], worker: "w\(worker)", leaseDuration: .seconds(30))
                if claimed.isEmpty { break }
                try await database.expireLease(of: runID)  // the worker died holding it
                rescued += try await board.rescueExpiredLeases().map(\.state)
            }
            #expect(rescued == [.available, .available, .discarded])
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.state == .discarded)
            #expect(shown.attempt == 3)
            #expect(shown.lastError == "lease of w3 expired")
        }
    }

    @Test func manyRescuersRescueEachRunOnce() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            for index in 0..<40 { try await board.post(flowNamed: "f", state: index) }
            _ = try await board.claim(queues: ["default"], worker: "gone", limit: 40, leaseDuration: .seconds(30))
            try await database.execute("UPDATE {runs} SET lease_expires = now() - interval '1 second'")
            let rescued = try await withThrowingTaskGroup(of: [RescuedRun].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        var mine: [RescuedRun] = []
                        while true {
                            let batch = try await board.rescueExpiredLeases(limit: 3)
                            if batch.isEmpty { return mine }
                            mine += batch
                        }
                    }
                }
                var all: [RescuedRun] = []
                for try await mine in group { all += mine }
                return all
            }
            #expect(rescued.count == 40)
            #expect(Set(rescued.map(\.runID)).count == 40)
        }
    }

    @Test func aRunWhoseCancellationWasRequestedIsCancelledWhenItsLeaseExpires() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            _ = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30))
            try await board.cancel(runID)
            try await database.expireLease(of: runID)
            #expect(try await board.rescueExpiredLeases() == [RescuedRun(runID: runID, state: .cancelled)])
        }
    }
}
