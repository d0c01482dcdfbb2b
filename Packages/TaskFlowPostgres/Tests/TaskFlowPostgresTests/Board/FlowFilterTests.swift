import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct FlowFilterTests {
    @Test func aClaimForSomeFlowsLeavesRunsOfOtherFlowsAvailable() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let other = try await board.post(flowNamed: "other", state: 0, priority: -1)
            let mine = try await board.post(flowNamed: "mine", state: 0)
            let claimed = try await board.claim(
                queues: ["default"], flows: ["mine"], worker: "w", limit: 5, leaseDuration: .seconds(30))
            #expect(claimed.map(\.runID) == [mine])
            #expect(try await database.boardRun(other)?.state == .available)
            let none = try await board.claim(
                queues: ["default"], flows: [], worker: "w", limit: 5, leaseDuration: .seconds(30))
            #expect(none.isEmpty, "a worker that knows no flow claims nothing")
        }
    }

    @Test func aDiscardedRunKeepsItsReasonAndCanBeRetried() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let claimed = try await LeaseTests.claimOne(on: board)
            let runID = claimed.runID
            #expect(try await board.discard(claimed.lease, error: "its state does not decode"))
            let discarded = try await database.boardRun(runID)
            #expect(discarded?.state == .discarded)
            #expect(discarded?.lastError == "its state does not decode")
            #expect(try await board.retry(runID) == .retried)
        }
    }

    @Test func aRevertedRunIsDoneWithItsErrorAsTheLastError() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let claimed = try await LeaseTests.claimOne(on: board)
            let runID = claimed.runID
            #expect(try await board.complete(claimed.lease, lastError: "step failed; reverted step"))
            let done = try await database.boardRun(runID)
            #expect(done?.state == .done)
            #expect(done?.lastError == "step failed; reverted step")
        }
    }
}
