import Foundation
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct CommandTests {
    @Test func runsPrintsATableOfTheBoard() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let mail = try await board.post(flowNamed: "send_mail", state: 0, queue: "mail", maxAttempts: 3)
            let bill = try await board.post(flowNamed: "charge", state: 0, queue: "bills", maxAttempts: 1)
            _ = try await board.claim(queues: ["mail"], worker: "postman-1", leaseDuration: .seconds(300))
            let claimed = try #require(try await board.claim(queues: ["bills"], worker: "w", leaseDuration: .seconds(30)).first)
            try await board.fail(claimed.lease, error: "card declined\nby the bank")
            let outcome = try await CommandRunner.run(["runs"], schema: database.schema.name)
            #expect(outcome.status == 0, "\(outcome.error)")
            let lines = outcome.output.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines.first?.hasPrefix("RUN") == true)
            #expect(lines.first?.contains("LAST ERROR") == true)
            let mailLine = try #require(lines.first { $0.hasPrefix(mail.description) })
            for cell in ["send_mail", "mail", "running", "1/3", "postman-1", "left"] {
                #expect(mailLine.contains(cell), "\(cell) in \(mailLine)")
            }
            let billLine = try #require(lines.first { $0.hasPrefix(bill.description) })
            for cell in ["charge", "bills", "discarded", "1/1", "card declined by the bank"] {
                #expect(billLine.contains(cell), "\(cell) in \(billLine)")
            }
        }
    }

    @Test func runsWithAQueueShowsOnlyThatQueue() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let mail = try await board.post(flowNamed: "send_mail", state: 0, queue: "mail")
            _ = try await board.post(flowNamed: "charge", state: 0, queue: "bills")
            let outcome = try await CommandRunner.run(["runs", "--queue", "mail"], schema: database.schema.name)
            let lines = outcome.output.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.last?.hasPrefix(mail.description) == true)
            let none = try await CommandRunner.run(["runs", "--queue", "nothing"], schema: database.schema.name)
            #expect(none.output == "no runs in queue 'nothing'\n")
        }
    }

    @Test func cancelCancelsAWaitingRunAndRequestsARunningOne() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let waiting = try await board.post(flowNamed: "f", state: 0, queue: "later")
            let running = try await board.post(flowNamed: "f", state: 0)
            _ = try await board.claim(queues: ["default"], worker: "w9", leaseDuration: .seconds(30))
            let first = try await CommandRunner.run(["cancel", waiting.description], schema: database.schema.name)
            #expect(first.status == 0)
            #expect(first.output.contains("cancelled"))
            #expect(try await database.boardRun(waiting)?.state == .cancelled)
            let second = try await CommandRunner.run(["cancel", running.description], schema: database.schema.name)
            #expect(second.status == 0)
            #expect(second.output.contains("requested") && second.output.contains("w9"))
            let again = try await CommandRunner.run(["cancel", waiting.description], schema: database.schema.name)
            #expect(again.status == 0)
            #expect(again.output.contains("already finished"))
        }
    }

    @Test func retryPutsADiscardedRunBack() async throws {
        try await TestServer.withDatabase { database in
            let board = JobBoard(database: database)
            let runID = try await board.post(flowNamed: "f", state: 0, maxAttempts: 1)
            let run = try #require(try await board.claim(queues: ["default"], worker: "w", leaseDuration: .seconds(30)).first)
            try await board.fail(run.lease, error: "boom")
            let outcome = try await CommandRunner.run(["retry", runID.description], schema: database.schema.name)
            #expect(outcome.status == 0, "\(outcome.error)")
            #expect(outcome.output.contains("available again"))
            #expect(try await database.boardRun(runID)?.state == .available)
            let twice = try await CommandRunner.run(["retry", runID.description], schema: database.schema.name)
            #expect(twice.status != 0)
            #expect(twice.error.contains("only discarded or cancelled runs"))
        }
    }

    @Test(arguments: ["cancel", "retry"])
    func anUnknownRunIsAClearErrorWithANonzeroStatus(_ command: String) async throws {
        try await TestServer.withDatabase { database in
            let unknown = RunID()
            let outcome = try await CommandRunner.run([command, unknown.description], schema: database.schema.name)
            #expect(outcome.status != 0)
            #expect(outcome.error.contains("no run with id \(unknown)"), "\(outcome.error)")
        }
    }

    @Test func aMissingSchemaNamesMigrate() async throws {
        let outcome = try await CommandRunner.run(["runs"], schema: "never_installed")
        #expect(outcome.status != 0)
        #expect(outcome.error.contains("taskflow-pg migrate"), "\(outcome.error)")
    }
}
