import Logging
import TaskFlow
import TaskFlowObservability
import Testing

@Suite struct LoggingListenerTests {
    /// `LEVEL message`, one per record.
    private func lines(_ store: RecordingLogHandler.Store) -> [String] {
        store.all.map { "\($0.level) \($0.message)" }
    }

    @Test func logsEveryTransitionOfASucceedingRunWithItsLevelAndMetadata() async throws {
        let store = RecordingLogHandler.Store()
        let engine = Engine(listeners: [LoggingListener(logger: .recording(to: store))])
        let flow = try Flow<Empty, Probe>(inputs: [], root: .linear("provision", [task("validate"), task("reserve")]))
        _ = try await engine.run(flow, state: Empty(), context: Probe())

        #expect(lines(store) == [
            "info flow provision: pending -> running",
            "debug task validate: pending -> running",
            "debug task validate: running -> success",
            "debug task reserve: pending -> running",
            "debug task reserve: running -> success",
            "info flow provision: running -> success",
        ])
        let runID = try #require(store.all.first?.metadata["taskflow.run_id"])
        #expect(store.all.allSatisfy { $0.metadata["taskflow.run_id"] == runID })
        #expect(store.all.allSatisfy { $0.metadata["taskflow.flow"] == "provision" })
        #expect(store.all.map { $0.metadata["taskflow.task"].map { "\($0)" } ?? "-" }
            == ["-", "validate", "validate", "reserve", "reserve", "-"])
        #expect(store.all.map { $0.metadata["taskflow.state"].map { "\($0)" } ?? "-" }
            == ["running", "running", "success", "running", "success", "success"])
        #expect(store.all.allSatisfy { $0.metadata["taskflow.error"] == nil && $0.error == nil })
    }

    @Test func logsAFailureAsAnErrorAndTheRevertsAsWarnings() async throws {
        let store = RecordingLogHandler.Store()
        let engine = Engine(listeners: [LoggingListener(logger: .recording(to: store))])
        let failure = await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: Probe(failing: ["attach"]))
        }

        #expect(lines(store) == [
            "info flow provision: pending -> running",
            "debug task validate: pending -> running",
            "debug task validate: running -> success",
            "debug task reserve: pending -> running",
            "debug task reserve: running -> success",
            "debug task attach: pending -> running",
            "error task attach: running -> failure",
            "warning flow provision: running -> reverting",
            "warning task attach: failure -> reverting",
            "warning task attach: reverting -> reverted",
            "warning task reserve: success -> reverting",
            "warning task reserve: reverting -> reverted",
            "warning task validate: success -> reverting",
            "warning task validate: reverting -> reverted",
            "warning flow provision: reverting -> reverted",
        ])
        let runID = try #require(failure?.runID)
        #expect(store.all.allSatisfy { $0.metadata["taskflow.run_id"] == "\(runID)" })
        let failed = try #require(store.all.first { $0.level == .error })
        #expect(failed.metadata["taskflow.task"] == "attach")
        #expect(failed.metadata["taskflow.state"] == "failure")
        #expect(failed.metadata["taskflow.previous_state"] == "running")
        #expect(failed.metadata["taskflow.error"] == "attach failed")
        #expect(failed.error is TaskFailed)
        // The run's move to reverting carries the error that caused it.
        #expect(store.all[7].metadata["taskflow.error"] == "attach failed")
    }

    @Test func logsARevertThatThrowsAndTheFailedRunAsErrors() async throws {
        let store = RecordingLogHandler.Store()
        let engine = Engine(listeners: [LoggingListener(logger: .recording(to: store, level: .warning))])
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(
                try provisionFlow(), state: Empty(), context: Probe(failing: ["attach"], failingReverts: ["reserve"])
            )
        }

        #expect(lines(store) == [
            "error task attach: running -> failure",
            "warning flow provision: running -> reverting",
            "warning task attach: failure -> reverting",
            "warning task attach: reverting -> reverted",
            "warning task reserve: success -> reverting",
            "error task reserve: reverting -> revertFailure",
            "warning task validate: success -> reverting",
            "warning task validate: reverting -> reverted",
            "error flow provision: reverting -> failure",
        ])
        #expect(store.all[5].metadata["taskflow.error"] == "revert of reserve failed")
    }

    @Test func logsTheTasksOfANestedFlowUnderTheRunsFlow() async throws {
        let store = RecordingLogHandler.Store()
        // One task at a time, so that the nested unordered flow's tasks log in a fixed order.
        let engine = Engine(options: .init(listeners: [LoggingListener(logger: .recording(to: store))], maxConcurrency: 1))
        _ = try await engine.run(try nestedFlow(), state: Empty(), context: Probe())

        #expect(lines(store) == [
            "info flow deploy: pending -> running",
            "debug task build: pending -> running",
            "debug task build: running -> success",
            "debug task push: pending -> running",
            "debug task push: running -> success",
            "debug task notify: pending -> running",
            "debug task notify: running -> success",
            "debug task verify: pending -> running",
            "debug task verify: running -> success",
            "info flow deploy: running -> success",
        ])
        #expect(store.all.allSatisfy { $0.metadata["taskflow.flow"] == "deploy" })
    }

    @Test func keepsTheLoggersOwnMetadata() async throws {
        let store = RecordingLogHandler.Store()
        var logger = Logger.recording(to: store, level: .info)
        logger[metadataKey: "request_id"] = "r-42"
        let flow = try Flow<Empty, Probe>(inputs: [], root: .linear("provision", [task("validate")]))
        _ = try await Engine(listeners: [LoggingListener(logger: logger)]).run(flow, state: Empty(), context: Probe())

        #expect(lines(store) == ["info flow provision: pending -> running", "info flow provision: running -> success"])
        #expect(store.all.allSatisfy { $0.metadata["request_id"] == "r-42" })
    }
}
