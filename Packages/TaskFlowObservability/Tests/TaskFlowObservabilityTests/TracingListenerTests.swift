import InMemoryTracing
import TaskFlow
import TaskFlowObservability
import Testing
import Tracing

@Suite struct TracingListenerTests {
    /// Every finished span as `NAME <- PARENT NAME` (`<- none` for a root), in the order they
    /// ended.
    private func tree(_ tracer: InMemoryTracer) -> [String] {
        let spans = tracer.finishedSpans
        let names = Dictionary(spans.map { ($0.spanID, $0.operationName) }, uniquingKeysWith: { first, _ in first })
        return spans.map { span in
            "\(span.operationName) <- \(span.parentSpanID.map { names[$0] ?? "?" } ?? "none")"
        }
    }

    private func span(_ name: String, in tracer: InMemoryTracer) throws -> FinishedInMemorySpan {
        try #require(tracer.finishedSpans.first { $0.operationName == name })
    }

    private func string(_ span: FinishedInMemorySpan, _ key: String) -> String? {
        guard case .string(let value) = span.attributes.get(key) else { return nil }
        return value
    }

    @Test func tracesARunAsASpanWithAChildPerTask() async throws {
        let tracer = InMemoryTracer()
        let probe = Probe()
        _ = try await Engine(listeners: [TracingListener(tracer: tracer)])
            .run(try provisionFlow(), state: Empty(), context: probe)

        #expect(tree(tracer) == [
            "validate <- provision", "reserve <- provision", "attach <- provision", "provision <- none",
        ])
        let run = try span("provision", in: tracer)
        #expect(tracer.finishedSpans.allSatisfy { $0.traceID == run.traceID })
        #expect(tracer.finishedSpans.allSatisfy { string($0, "taskflow.run_id") == string(run, "taskflow.run_id") })
        #expect(tracer.finishedSpans.allSatisfy { string($0, "taskflow.flow") == "provision" })
        #expect(string(run, "taskflow.state") == "success")
        #expect(string(run, "taskflow.task") == nil)
        let reserve = try span("reserve", in: tracer)
        #expect(string(reserve, "taskflow.task") == "reserve")
        #expect(tracer.finishedSpans.allSatisfy { $0.status == nil && $0.errors.isEmpty })
        #expect(tracer.activeSpans.isEmpty)
    }

    @Test func makesEachTasksSpanCurrentWhileTheTaskRuns() async throws {
        let tracer = InMemoryTracer()
        let probe = Probe(failing: ["attach"])
        await #expect(throws: FlowFailure.self) {
            _ = try await Engine(listeners: [TracingListener(tracer: tracer)])
                .run(try provisionFlow(), state: Empty(), context: probe)
        }

        for name in ["validate", "reserve", "attach", "revert attach", "revert reserve", "revert validate"] {
            #expect(probe.spansSeen[name] == (try span(name, in: tracer)).spanID, "\(name)")
        }
    }

    @Test func tracesAFailingRunWithTheErrorAndASpanPerRevert() async throws {
        let tracer = InMemoryTracer()
        await #expect(throws: FlowFailure.self) {
            _ = try await Engine(listeners: [TracingListener(tracer: tracer)])
                .run(try provisionFlow(), state: Empty(), context: Probe(failing: ["attach"], failingReverts: ["reserve"]))
        }

        #expect(tree(tracer) == [
            "validate <- provision", "reserve <- provision", "attach <- provision",
            "revert attach <- provision", "revert reserve <- provision", "revert validate <- provision",
            "provision <- none",
        ])
        let attach = try span("attach", in: tracer)
        #expect(attach.status?.code == .error)
        #expect(attach.errors.map { "\($0.error)" } == ["attach failed"])
        let revertReserve = try span("revert reserve", in: tracer)
        #expect(revertReserve.status?.code == .error)
        #expect(revertReserve.errors.map { "\($0.error)" } == ["revert of reserve failed"])
        #expect(string(revertReserve, "taskflow.task") == "reserve")
        for name in ["validate", "reserve", "revert attach", "revert validate"] {
            #expect(try span(name, in: tracer).status == nil, "\(name)")
        }
        let run = try span("provision", in: tracer)
        #expect(run.status?.code == .error)
        #expect(run.errors.map { "\($0.error)" } == ["attach failed"])
        #expect(string(run, "taskflow.state") == "failure")
    }

    @Test func aRunStartedInsideATracedRequestIsAChildOfIt() async throws {
        let tracer = InMemoryTracer()
        let engine = Engine(listeners: [TracingListener(tracer: tracer)])
        let flow = try Flow<Empty, Probe>(inputs: [], root: .linear("provision", [task("validate")]))
        try await tracer.withSpan("POST /volumes") { _ in
            _ = try await engine.run(flow, state: Empty(), context: Probe())
        }

        #expect(tree(tracer) == ["validate <- provision", "provision <- POST /volumes", "POST /volumes <- none"])
        #expect(Set(tracer.finishedSpans.map(\.traceID)).count == 1)
    }

    @Test func tracesANestedFlowAndARunStartedInsideATask() async throws {
        let tracer = InMemoryTracer()
        let engine = Engine(listeners: [TracingListener(tracer: tracer)])
        let inner = Probe()
        let probe = Probe(inside: ["verify": {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: inner)
        }])
        _ = try await engine.run(try nestedFlow(), state: Empty(), context: probe)

        // The nested flow's tasks belong to the run's span; the run started by `verify` is a
        // child of `verify`'s span, its tasks children of that run.
        let spans = tree(tracer)
        #expect(spans.count == 9)
        #expect(spans.first == "build <- deploy")
        #expect(Set(spans[1...2]) == ["push <- deploy", "notify <- deploy"])
        #expect(Array(spans[3...]) == [
            "validate <- provision", "reserve <- provision", "attach <- provision", "provision <- verify",
            "verify <- deploy", "deploy <- none",
        ])
        #expect(Set(tracer.finishedSpans.map(\.traceID)).count == 1)
        #expect(string(try span("provision", in: tracer), "taskflow.run_id")
            != string(try span("deploy", in: tracer), "taskflow.run_id"))
    }

    @Test func aResumedDurableRunGetsASpanOfItsOwnLinkedToTheRunItContinues() async throws {
        let tracer = InMemoryTracer()
        let journal = InMemoryJournal()
        let engine = Engine(options: .init(listeners: [TracingListener(tracer: tracer)], journal: journal))
        let runID = RunID()
        let suspending = Probe(inside: ["reserve": { engine.suspend(runID) }])
        let suspension = await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: suspending, runID: runID)
        }
        #expect(suspension?.isSuspension == true)
        // Resumed by another listener, as another process would.
        let resuming = Engine(options: .init(listeners: [TracingListener(tracer: tracer)], journal: journal))
        _ = try await resuming.resume(try provisionFlow(), runID: runID, context: Probe())

        #expect(tree(tracer) == [
            "validate <- provision", "reserve <- provision", "provision <- none",
            "attach <- provision", "provision <- none",
        ])
        let runs = tracer.finishedSpans.filter { $0.operationName == "provision" }
        #expect(runs.map { string($0, "taskflow.state") } == ["suspended", "success"])
        #expect(runs.allSatisfy { string($0, "taskflow.run_id") == "\(runID)" && $0.status == nil })
        #expect(runs[1].parentSpanID == nil)
        #expect(try span("attach", in: tracer).traceID == runs[1].traceID)
        // The resumed run's span links to the span of the run it continues.
        #expect(runs[1].links.count == 1)
        #expect(runs[1].links.first?.context.inMemorySpanContext?.traceID == runs[0].traceID)
        #expect(runs[1].links.first?.context.inMemorySpanContext?.spanID == runs[0].spanID)
        #expect(runs[1].traceID != runs[0].traceID, "a trace of its own: the resuming code's")
    }

    @Test func aDurableRunThatCouldNotStartEndsItsSpanWithTheError() async throws {
        let tracer = InMemoryTracer()
        let journal = InMemoryJournal()
        let runID = RunID()
        _ = try await Engine(options: .init(journal: journal)).run(try provisionFlow(), state: Empty(), context: Probe(), runID: runID)
        let engine = Engine(options: .init(listeners: [TracingListener(tracer: tracer)], journal: journal))
        // The run id is taken: the header cannot be written, and nothing runs.
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try provisionFlow(), state: Empty(), context: Probe(), runID: runID)
        }
        #expect(tracer.finishedSpans.map(\.operationName) == ["provision"])
        #expect(tracer.finishedSpans.first?.status?.code == .error)
        #expect(tracer.finishedSpans.first?.errors.count == 1)
    }

    @Test func aTaskWithoutARevertFunctionHasNoRevertSpan() async throws {
        let tracer = InMemoryTracer()
        let plain = FlowNode<Empty, Probe>.task(FlowTask(
            TaskMetadata(name: "lookup"), execute: { _, probe in try await probe.execute("lookup") }
        ))
        let flow = try Flow<Empty, Probe>(inputs: [], root: .linear("provision", [plain, task("attach")]))
        await #expect(throws: FlowFailure.self) {
            _ = try await Engine(listeners: [TracingListener(tracer: tracer)])
                .run(flow, state: Empty(), context: Probe(failing: ["attach"]))
        }

        #expect(tree(tracer) == [
            "lookup <- provision", "attach <- provision", "revert attach <- provision", "provision <- none",
        ])
        #expect(string(try span("provision", in: tracer), "taskflow.state") == "reverted")
    }
}
