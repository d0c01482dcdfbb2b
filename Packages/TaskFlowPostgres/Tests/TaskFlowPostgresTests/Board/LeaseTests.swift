import Foundation
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct LeaseTests {
    /// Posts one run and claims it as `worker`.
    static func claimOne(on board: JobBoard, worker: String = "w", lease: Duration = .seconds(30)) async throws -> ClaimedRun {
        try await board.post(flowNamed: "f", state: 0)
        return try #require(try await board.claim(queues: ["default"], worker: worker, leaseDuration: lease).first)
    }

    @Test func aHeartbeatExtendsTheLease() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let run = try await Self.claimOne(on: board, lease: .seconds(5))
            let beat = try await board.heartbeat(run.lease, leaseDuration: .seconds(600))
            guard case .extended(let until) = beat else {
                Issue.record("expected an extended lease, got \(beat)")
                return
            }
            #expect(until > run.leaseExpires.addingTimeInterval(500))
            let shown = try await database.boardRun(run.runID)?.leaseExpires
            #expect(shown.map { abs($0.timeIntervalSince(until)) < 0.001 } == true)
        }
    }

    @Test func aHeartbeatAfterTheRunWasClaimedAgainFindsTheLeaseLost() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let stale = try await Self.claimOne(on: board, worker: "a")
            try await database.expireLease(of: stale.runID)
            try await board.rescueExpiredLeases()
            let fresh = try #require(try await board.claim(queues: ["default"], worker: "b", leaseDuration: .seconds(30)).first)
            #expect(try await board.heartbeat(stale.lease, leaseDuration: .seconds(30)) == .lost)
            let beat = try await board.heartbeat(fresh.lease, leaseDuration: .seconds(30))
            #expect(beat != .lost)
        }
    }

    @Test func aHeartbeatReportsARequestedCancellation() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let run = try await Self.claimOne(on: board, worker: "w7")
            #expect(try await board.cancel(run.runID) == .requested(worker: "w7"))
            let beat = try await board.heartbeat(run.lease, leaseDuration: .seconds(30))
            guard case .cancelRequested = beat else {
                Issue.record("expected a cancellation request, got \(beat)")
                return
            }
            #expect(try await board.acknowledgeCancellation(run.lease))
            let shown = try await database.boardRun(run.runID)
            #expect(shown?.state == .cancelled)
            #expect(shown?.owner == nil)
        }
    }

    @Test func completingMarksTheRunDoneAndEndsTheLease() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let run = try await Self.claimOne(on: board)
            #expect(try await board.complete(run.lease))
            let shown = try #require(try await database.boardRun(run.runID))
            #expect(shown.state == .done)
            #expect(shown.owner == nil)
            #expect(shown.leaseExpires == nil)
            #expect(try await board.heartbeat(run.lease, leaseDuration: .seconds(30)) == .lost)
            #expect(try await board.complete(run.lease) == false)
        }
    }

    @Test func aStaleTokenCannotCompleteFailOrAbandonARunClaimedAgain() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let stale = try await Self.claimOne(on: board, worker: "a")
            try await database.expireLease(of: stale.runID)
            try await board.rescueExpiredLeases()
            let fresh = try #require(try await board.claim(queues: ["default"], worker: "b", leaseDuration: .seconds(30)).first)
            #expect(try await board.complete(stale.lease) == false)
            #expect(try await board.fail(stale.lease, error: "boom") == .leaseLost)
            #expect(try await board.abandon(stale.lease) == false)
            #expect(try await board.acknowledgeCancellation(stale.lease) == false)
            let shown = try #require(try await database.boardRun(fresh.runID))
            #expect(shown.state == .running)
            #expect(shown.owner == "b")
            #expect(shown.attempt == 2)
        }
    }

    @Test func anAbandonedRunIsAvailableAtOnceWithoutCountingTheAttempt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let run = try await Self.claimOne(on: board)
            #expect(try await board.abandon(run.lease))
            let shown = try #require(try await database.boardRun(run.runID))
            #expect(shown.state == .available)
            #expect(shown.attempt == 0)
            #expect(shown.owner == nil)
            let again = try await board.claim(queues: ["default"], worker: "w2", leaseDuration: .seconds(30))
            #expect(again.map(\.attempt) == [1])
        }
    }
}
