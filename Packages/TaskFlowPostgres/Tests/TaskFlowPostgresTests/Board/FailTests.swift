import Foundation
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct FailTests {
    static let quick = Backoff(initial: .seconds(10), factor: 3, maximum: .seconds(1000), jitter: 0.1)

    @Test func aFailedRunComesBackAfterTheBackoffOfItsAttempt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 5)
            for attempt in 1...2 {
                let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
                #expect(run.attempt == attempt)
                let before = Date()
                let outcome = try await board.fail(run.lease, error: "boom \(attempt)", backoff: Self.quick)
                guard case .retrying(let at) = outcome else {
                    Issue.record("expected a retry, got \(outcome)")
                    return
                }
                let base = 10 * pow(3, Double(attempt - 1))
                let wait = at.timeIntervalSince(before)
                #expect(wait > base * 0.9 - 1 && wait < base * 1.1 + 1, "waited \(wait) s after attempt \(attempt)")
                let shown = try #require(try await database.boardRun(runID))
                #expect(shown.state == .available)
                #expect(shown.lastError == "boom \(attempt)")
                #expect(shown.owner == nil)
                #expect(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).isEmpty)
                try await database.makeEverythingDue()
            }
        }
    }

    @Test func aRunIsDiscardedWithItsLastErrorOnceItsAttemptsAreUsedUp() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 2)
            var outcomes: [FailureOutcome] = []
            for attempt in 1...2 {
                let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
                let outcome = try await board.fail(run.lease, error: "attempt \(attempt) failed", backoff: Self.quick)
                outcomes.append(outcome)
                try await database.makeEverythingDue()
            }
            #expect(outcomes.last == .discarded)
            let shown = try #require(try await database.boardRun(runID))
            #expect(shown.state == .discarded)
            #expect(shown.lastError == "attempt 2 failed")
            #expect(shown.attempt == 2)
            #expect(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).isEmpty)
        }
    }

    @Test func aFailedRunWhoseCancellationWasRequestedIsCancelled() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0)
            let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            try await board.cancel(runID)
            #expect(try await board.fail(run.lease, error: "stopped") == .cancelled)
            #expect(try await database.boardRun(runID)?.state == .cancelled)
        }
    }
}

/// The backoff's arithmetic, without a database.
@Suite struct BackoffTests {
    @Test func theDelayGrowsByTheFactorUpToTheMaximum() {
        let backoff = Backoff(initial: .seconds(1), factor: 2, maximum: .seconds(10), jitter: 0)
        let delays = (1...6).map { backoff.delay(afterAttempt: $0, random: 0.5) }
        #expect(delays == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(10), .seconds(10)])
    }

    @Test func jitterStaysWithinItsFraction() {
        let backoff = Backoff.default
        #expect(abs(seconds(backoff.delay(afterAttempt: 3, random: 0)) - 3.6) < 1e-9)
        #expect(abs(seconds(backoff.delay(afterAttempt: 3, random: 1)) - 4.4) < 1e-9)
        for _ in 0..<100 {
            let delay = backoff.delay(afterAttempt: 30)
            #expect(seconds(delay) >= 3240 - 1e-9 && seconds(delay) <= 3960 + 1e-9)
        }
    }

    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test func theDefaultIsOneSecondDoublingUpToAnHourWithTenPercentJitter() {
        #expect(Backoff.default == Backoff(initial: .seconds(1), factor: 2, maximum: .seconds(3600), jitter: 0.1))
    }
}
