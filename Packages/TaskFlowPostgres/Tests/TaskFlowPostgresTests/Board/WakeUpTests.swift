import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct WakeUpTests {
    @Test func aPostWakesAListenerLongBeforeThePollInterval() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["mail"], pollInterval: .seconds(600)))
            defer { wakeUps.stop() }
            // The first wake-up comes once the connection listens.
            #expect(await wakeUps.next(within: .seconds(10)))
            let clock = ContinuousClock()
            let posted = clock.now
            try await board.post(flowNamed: "f", state: 0, queue: "mail")
            #expect(await wakeUps.next(within: .seconds(5)))
            #expect(clock.now - posted < .seconds(5))
        }
    }

    @Test func aPostOnAnotherQueueDoesNotWakeAListener() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["mail"], pollInterval: .seconds(600)))
            defer { wakeUps.stop() }
            #expect(await wakeUps.next(within: .seconds(10)))
            try await board.post(flowNamed: "f", state: 0, queue: "bills")
            #expect(await wakeUps.next(within: .milliseconds(500)) == false)
        }
    }

    @Test func aPostRolledBackWakesNoOne() async throws {
        struct Abort: Error {}
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["default"], pollInterval: .seconds(600)))
            defer { wakeUps.stop() }
            #expect(await wakeUps.next(within: .seconds(10)))
            _ = try? await database.client.withTransaction(logger: database.logger) { connection in
                try await board.post(flowNamed: "f", state: 0, on: connection)
                throw Abort()
            }
            #expect(await wakeUps.next(within: .milliseconds(500)) == false)
        }
    }

    @Test func thePollIntervalWakesWithoutANotification() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["mail"], pollInterval: .milliseconds(100)))
            defer { wakeUps.stop() }
            for _ in 0..<4 {
                #expect(await wakeUps.next(within: .seconds(10)))
            }
        }
    }

    @Test func aListenerWhoseConnectionDiesListensAgain() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["mail"], pollInterval: .seconds(600)))
            defer { wakeUps.stop() }
            #expect(await wakeUps.next(within: .seconds(10)))
            let channel = database.schema.channel
            let killed = try await database.client.query(
                """
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                 WHERE query = \(#"LISTEN ""# + channel + #"";"#) AND pid <> pg_backend_pid()
                """
            ).collect().count
            #expect(killed == 1)
            // Listening again wakes the worker once…
            #expect(await wakeUps.next(within: .seconds(10)))
            // …and notifications reach it again.
            try await board.post(flowNamed: "f", state: 0, queue: "mail")
            #expect(await wakeUps.next(within: .seconds(5)))
        }
    }

    @Test func abandoningRetryingAndRescuingWakeListeners() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let once = try await board.post(flowNamed: "f", state: 0, queue: "mail", maxAttempts: 1)
            try await board.post(flowNamed: "f", state: 0, queue: "mail")
            let claimed = try await board.claim(queues: ["mail"], worker: "w", limit: 2, leaseDuration: .seconds(30))
            let onceLease = try #require(claimed.first { $0.runID == once }?.lease)
            let otherLease = try #require(claimed.first { $0.runID != once }?.lease)
            let wakeUps = WakeUpCounter(board.wakeUps(queues: ["mail"], pollInterval: .seconds(600)))
            defer { wakeUps.stop() }
            #expect(await wakeUps.next(within: .seconds(10)))

            #expect(try await board.abandon(otherLease))
            #expect(await wakeUps.next(within: .seconds(5)), "abandoning wakes")

            #expect(try await board.fail(onceLease, error: "boom") == .discarded)
            #expect(try await board.retry(once) == .retried)
            #expect(await wakeUps.next(within: .seconds(5)), "retrying wakes")

            let again = try await board.claim(queues: ["mail"], worker: "w", limit: 2, leaseDuration: .seconds(30))
            #expect(again.count == 2)
            try await database.expireLease(of: once)
            #expect(try await board.rescueExpiredLeases().count == 1)
            #expect(await wakeUps.next(within: .seconds(5)), "rescuing wakes")
        }
    }
}
