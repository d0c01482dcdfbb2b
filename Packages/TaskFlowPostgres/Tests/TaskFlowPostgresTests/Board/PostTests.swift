import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct PostTests {
    struct Order: Codable, Sendable, Equatable {
        var item: String
        var count: Int?
    }

    @Test func aPostedRunIsClaimedWithItsStateAsAJSONEncoderWroteIt() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let order = Order(item: "lamp", count: 2)
            let runID = try await board.post(flowNamed: "ship", state: order, queue: "orders", maxAttempts: 3)
            let claimed = try await board.claim(queues: ["orders"], worker: "w1", limit: 5, leaseDuration: .seconds(30))
            #expect(claimed.count == 1)
            let run = try #require(claimed.first)
            #expect(run.runID == runID)
            #expect(run.flow == "ship")
            #expect(run.queue == "orders")
            #expect(run.attempt == 1)
            #expect(run.maxAttempts == 3)
            #expect(run.hasStarted == false)
            #expect(run.lease.worker == "w1")
            #expect(try JSONDecoder().decode(Order.self, from: run.initialState) == order)
        }
    }

    @Test func aFlowIsPostedUnderItsName() async throws {
        let flow = try Flow<Order, Void>(inputs: ["item"], root: .linear("pack", [
            .task(FlowTask(TaskMetadata(name: "wrap", requires: ["item"]), execute: { _, _ in })),
        ]))
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flow, state: Order(item: "cup"))
            let run = try #require(try await database.boardRun(runID))
            #expect(run.flow == "pack")
            #expect(run.queue == "default")
            #expect(run.state == .available)
        }
    }

    @Test func postingAnIdTwiceIsRefusedAndKeepsTheFirstRun() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "first", state: Order(item: "a"))
            await #expect(throws: JobBoardError.runExists(runID)) {
                try await board.post(flowNamed: "second", state: Order(item: "b"), runID: runID)
            }
            #expect(try await database.boardRun(runID)?.flow == "first")
        }
    }

    @Test func aPostRolledBackWithTheCallersTransactionIsNeverClaimed() async throws {
        struct Abort: Error {}
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = RunID()
            await #expect(throws: (any Error).self) {
                try await database.client.withTransaction(logger: database.logger) { connection in
                    try await board.post(flowNamed: "ship", state: Order(item: "x"), runID: runID, on: connection)
                    throw Abort()
                }
            }
            #expect(try await database.boardRun(runID) == nil)
            let claimed = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30))
            #expect(claimed.isEmpty)
        }
    }

    @Test func aPostCommittedWithTheCallersTransactionIsClaimed() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = RunID()
            try await database.execute("CREATE TABLE \(database.schema.name).orders (item text)")
            try await database.client.withTransaction(logger: database.logger) { connection in
                try await connection.query(
                    PostgresQuery(unsafeSQL: "INSERT INTO \(database.schema.name).orders VALUES ('x')"),
                    logger: database.logger)
                try await board.post(flowNamed: "ship", state: Order(item: "x"), runID: runID, on: connection)
            }
            let claimed = try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30))
            #expect(claimed.map(\.runID) == [runID])
        }
    }

    @Test func postingAnExistingIdInsideATransactionThrowsRunExists() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "ship", state: Order(item: "x"))
            await #expect(throws: JobBoardError.runExists(runID)) {
                try await database.client.withConnection { connection in
                    try await board.post(flowNamed: "ship", state: Order(item: "y"), runID: runID, on: connection)
                }
            }
        }
    }
}
