import Foundation
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct SteeringTests {
    @Test func cancellingAWaitingRunCancelsItAtOnce() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            #expect(try await board.cancel(runID) == .cancelled)
            #expect(try await database.boardRun(runID)?.state == .cancelled)
            #expect(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).isEmpty)
        }
    }

    @Test func cancellingARunningRunRequestsItOfItsWorker() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            _ = try await board.claim(queues: ["default"], worker: "w1", leaseDuration: .seconds(30))
            #expect(try await board.cancel(runID) == .requested(worker: "w1"))
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.state == .running)
            #expect(shown.cancelRequested)
        }
    }

    @Test func cancellingAFinishedOrUnknownRunChangesNothing() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            try await board.complete(run.lease)
            #expect(try await board.cancel(runID) == .alreadyFinished(.done))
            #expect(try await database.boardRun(runID)?.state == .done)
            #expect(try await board.cancel(RunID()) == .unknownRun)
        }
    }

    @Test func retryingADiscardedRunMakesItAvailableWithAllItsAttempts() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 1)
            let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            #expect(try await board.fail(run.lease, error: "boom") == .discarded)
            #expect(try await board.retry(runID) == .retried)
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.state == .available)
            #expect(shown.attempt == 0)
            let again = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30))
            #expect(again.map(\.attempt) == [1])
        }
    }

    @Test func retryingACancelledRunForgetsTheCancellation() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            try await board.cancel(runID)
            try await board.acknowledgeCancellation(run.lease)
            #expect(try await board.retry(runID) == .retried)
            let again = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            #expect(try await board.heartbeat(again.lease, leaseDuration: .seconds(30)) != .lost)
            let beat = try await board.heartbeat(again.lease, leaseDuration: .seconds(30))
            guard case .extended = beat else {
                Issue.record("expected no cancellation request, got \(beat)")
                return
            }
        }
    }

    @Test func onlyDiscardedAndCancelledRunsAreRetried() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            #expect(try await board.retry(runID) == .notRetryable(.available))
            #expect(try await board.retry(RunID()) == .unknownRun)
        }
    }

    @Test func theListingShowsEachRunOrFilteredByQueue() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let mail = try await board.post(flowNamed: "send", state: 0, queue: "mail", priority: 3, maxAttempts: 4)
            let bill = try await board.post(flowNamed: "charge", state: 0, queue: "bills")
            _ = try await board.claim(queues: ["mail"], worker: "postman", leaseDuration: .seconds(30))
            let all = try await board.runs()
            #expect(all.map(\.runID) == [mail, bill])
            let shown = try #require(all.first)
            #expect(shown.flow == "send")
            #expect(shown.queue == "mail")
            #expect(shown.state == .running)
            #expect(shown.flowState == "pending")
            #expect(shown.attempt == 1)
            #expect(shown.maxAttempts == 4)
            #expect(shown.owner == "postman")
            #expect(shown.leaseExpires != nil)
            #expect(shown.priority == 3)
            #expect(try await board.runs(queue: "bills").map(\.runID) == [bill])
            #expect(try await board.runs(queue: "none").isEmpty)
        }
    }
}
