import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct FlowWorkerTests {
    @Test func postedRunsAreClaimedRunAndDone() async throws {
        try await TestServer.withDatabase { database in
            let flow = try countFlow("count")
            var registry = FlowRegistry()
            registry.register(flow)
            let board = JobBoard(database: database)
            var posted: [RunID] = []
            for start in 1...3 {
                posted.append(try await board.post(flow, state: CountState(start: start)))
            }
            let runIDs = posted
            let worker = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "w"))
            try await withRunningWorker(worker) { _ in
                for runID in runIDs {
                    let row = try await database.waitForRun(runID) { $0.state == .done }
                    #expect(row?.state == .done)
                    #expect(row?.flowState == "success")
                    #expect(row?.attempt == 1)
                    #expect(row?.lastError == nil)
                }
            }
            let journal = PostgresJournal(database: database)
            let final = try await Engine(options: .init(journal: journal)).resume(flow, runID: runIDs[2])
            #expect(final.values == ["a": 3, "b": 4, "c": 6])
        }
    }

    @Test func aWorkerNeverHoldsMoreRunsThanItsConcurrency() async throws {
        try await TestServer.withDatabase { database in
            let overlap = Overlap()
            let flow = try overlapFlow("overlap", pause: .milliseconds(60), overlap: overlap)
            var registry = FlowRegistry()
            registry.register(flow)
            let board = JobBoard(database: database)
            var posted: [RunID] = []
            for _ in 0..<6 {
                posted.append(try await board.post(flow, state: CountState()))
            }
            let runIDs = posted
            let worker = FlowWorker(
                database: database, registry: registry, configuration: testWorkerConfiguration(name: "one", concurrency: 1))
            try await withRunningWorker(worker) { _ in
                for runID in runIDs {
                    let row = try await database.waitForRun(runID) { $0.state == .done }
                    #expect(row?.state == .done)
                }
            }
            #expect(overlap.most == 1)
        }
    }

    @Test func aRunOfAFlowTheWorkerDoesNotKnowWaitsForOneThatDoes() async throws {
        try await TestServer.withDatabase { database in
            let known = try countFlow("known")
            let other = try countFlow("other")
            let board = JobBoard(database: database)
            let runID = try await board.post(other, state: CountState())
            var registry = FlowRegistry()
            registry.register(known)
            let stranger = FlowWorker(
                database: database, registry: registry, configuration: testWorkerConfiguration(name: "stranger"))
            try await withRunningWorker(stranger) { _ in
                try await Task.sleep(for: .milliseconds(500))
                #expect(try await database.boardRun(runID)?.state == .available)
            }
            registry.register(other)
            let knowing = FlowWorker(
                database: database, registry: registry, configuration: testWorkerConfiguration(name: "knowing"))
            try await withRunningWorker(knowing) { _ in
                let row = try await database.waitForRun(runID) { $0.state == .done }
                #expect(row?.attempt == 1)
            }
        }
    }

    @Test func aGracefulShutdownHandsHeldRunsToAnotherWorkerWhichRunsOnlyTheRest() async throws {
        try await TestServer.withDatabase { database in
            let executions = Executions()
            let flow = try countFlow("slow", tasks: ["a", "b", "c", "d"], pause: .milliseconds(150), executions: executions)
            var registry = FlowRegistry()
            registry.register(flow)
            let runID = try await JobBoard(database: database).post(flow, state: CountState())
            let first = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "first"))
            try await withRunningWorker(first) { shutDown in
                while executions.count("b") == 0 { try await Task.sleep(for: .milliseconds(10)) }
                await shutDown()
            }
            let handedBack = try await database.boardRun(runID)
            #expect(handedBack?.state == .available)
            #expect(handedBack?.flowState == "suspended")
            #expect(handedBack?.attempt == 0, "a handover is not an attempt")
            #expect(executions.count("d") == 0)

            let second = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "second"))
            try await withRunningWorker(second) { _ in
                let row = try await database.waitForRun(runID) { $0.state == .done }
                #expect(row?.flowState == "success")
            }
            for task in ["a", "b", "c", "d"] {
                #expect(executions.count(task) == 1, "\(task) ran \(executions.count(task)) times")
            }
        }
    }

    @Test func aFailingRunIsRevertedAndDoneWithItsError() async throws {
        try await TestServer.withDatabase { database in
            let executions = Executions()
            let flow = try countFlow("failing", failing: "c", executions: executions)
            var registry = FlowRegistry()
            registry.register(flow)
            let runID = try await JobBoard(database: database).post(flow, state: CountState())
            let worker = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "w"))
            try await withRunningWorker(worker) { _ in
                let row = try await database.waitForRun(runID) { $0.state == .done }
                #expect(row?.flowState == "reverted")
                #expect(row?.lastError?.contains("c failed as planned") == true)
            }
            #expect(executions.count("revert:a") == 1)
            #expect(executions.count("revert:b") == 1)
        }
    }

    @Test func cancellingARunningRunRevertsIt() async throws {
        try await TestServer.withDatabase { database in
            let executions = Executions()
            let flow = try countFlow("long", tasks: ["a", "b"], pause: .seconds(30), executions: executions)
            var registry = FlowRegistry()
            registry.register(flow)
            let board = JobBoard(database: database)
            let runID = try await board.post(flow, state: CountState())
            let worker = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "w"))
            try await withRunningWorker(worker) { _ in
                while executions.count("a") == 0 { try await Task.sleep(for: .milliseconds(10)) }
                _ = try await board.cancel(runID)
                let row = try await database.waitForRun(runID) { $0.state == .cancelled }
                #expect(row?.flowState == "reverted")
            }
            #expect(executions.count("b") == 0)
            #expect(executions.count("revert:a") == 1)
        }
    }

    @Test func aWorkerThatLostItsLeaseStopsWithoutRevertingAndWritesNothingMore() async throws {
        try await TestServer.withDatabase { database in
            let executions = Executions()
            let flow = try countFlow("taken", tasks: ["a", "b", "c"], pause: .milliseconds(300), executions: executions)
            var registry = FlowRegistry()
            registry.register(flow)
            let runID = try await JobBoard(database: database).post(flow, state: CountState())
            let worker = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "w"))
            let binds = { @Sendable () -> PostgresBindings in
                var binds = PostgresBindings()
                binds.append(runID.uuid)
                return binds
            }
            let recordsAtTakeover = try await withRunningWorker(worker) { _ in
                while executions.count("a") == 0 { try await Task.sleep(for: .milliseconds(10)) }
                // Another worker's claim, as the board makes it: a new token on the run's row. Then
                // the records: an append racing the claim either committed before it or is refused.
                try await database.client.query(PostgresQuery(
                    unsafeSQL: """
                        UPDATE \(database.schema.runs) SET lease_token = gen_random_uuid(), locked_by = 'thief',
                            lease_expires = now() + interval '1 hour' WHERE run_id = $1
                        """, binds: binds()))
                let count = try await database.client.query(PostgresQuery(
                    unsafeSQL: "SELECT count(*)::int8 FROM \(database.schema.records) WHERE run_id = $1", binds: binds())
                ).collect().first?.decode(Int64.self) ?? 0
                // Long enough for several heartbeats and for the running task to end.
                try await Task.sleep(for: .milliseconds(900))
                return count
            }
            let after = try await database.client.query(PostgresQuery(
                unsafeSQL: "SELECT count(*)::int8 FROM \(database.schema.records) WHERE run_id = $1", binds: binds())
            ).collect().first?.decode(Int64.self) ?? 0
            #expect(after == recordsAtTakeover, "the worker wrote after losing its lease")
            #expect(executions.count("revert:a") == 0, "a worker that lost its lease never reverts")
            #expect(executions.count("c") == 0)
            let row = try await database.boardRun(runID)
            #expect(row?.state == .running, "the run is the new holder's")
        }
    }

    @Test func aPostedStateThatDoesNotDecodeIsDiscardedWithTheReason() async throws {
        try await TestServer.withDatabase { database in
            let flow = try countFlow("count")
            var registry = FlowRegistry()
            registry.register(flow)
            let runID = try await JobBoard(database: database).post(flowNamed: "count", state: ["start": "one"])
            let worker = FlowWorker(database: database, registry: registry, configuration: testWorkerConfiguration(name: "w"))
            try await withRunningWorker(worker) { _ in
                let row = try await database.waitForRun(runID) { $0.state == .discarded }
                #expect(row?.lastError?.contains("does not decode") == true)
            }
        }
    }
}
