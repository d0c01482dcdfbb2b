import Testing
import TaskFlow

@Suite struct EventTests {
    @Test func successfulRunReportsEveryTransitionInOrder() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b")]))
        let events = EventRecorder()
        _ = try await Engine(listeners: [events]).run(flow, state: ProbeState(), context: Probe())
        #expect(events.lines == [
            "flow pending->running",
            "a pending->running", "a running->success",
            "b pending->running", "b running->success",
            "flow running->success",
        ])
        #expect(Set(events.all.map(\.runID)).count == 1)
        #expect(events.all.allSatisfy { $0.flow == "f" && $0.failure == nil })
    }

    @Test func failedRunReportsExecutionThenRevertInOrder() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b"), node("c")]))
        let events = EventRecorder()
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine(listeners: [events]).run(flow, state: ProbeState(), context: Probe(failing: ["b"]))
        }
        #expect(events.lines == [
            "flow pending->running",
            "a pending->running", "a running->success",
            "b pending->running", "b running->failure",
            "flow running->reverting",
            "b failure->reverting", "b reverting->reverted",
            "a success->reverting", "a reverting->reverted",
            "flow reverting->reverted",
        ])
        let failed = try #require(events.all.first { $0.task == "b" && $0.to == "failure" })
        #expect(failed.failure as? ProbeError == ProbeError(task: "b"))
        #expect(events.all.first?.runID == failure.runID)
    }

    @Test func eachRunHasItsOwnID() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a")]))
        let events = EventRecorder()
        let engine = Engine(listeners: [events])
        _ = try await engine.run(flow, state: ProbeState(), context: Probe())
        _ = try await engine.run(flow, state: ProbeState(), context: Probe())
        #expect(Set(events.all.map(\.runID)).count == 2)
    }

    @Test func everyListenerReceivesEveryEvent() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a")]))
        let first = EventRecorder(), second = EventRecorder()
        _ = try await Engine(listeners: [first, second]).run(flow, state: ProbeState(), context: Probe())
        #expect(first.lines == second.lines)
        #expect(first.lines.count == 4)
    }
}

@Suite struct PrintingListenerTests {
    @Test func writesOneReadableLinePerTransition() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a")]))
        let lines = EventRecorder()
        let printed = LineCollector()
        _ = try? await Engine(listeners: [lines, PrintingListener(write: printed.append)])
            .run(flow, state: ProbeState(), context: Probe(failing: ["a"]))
        let run = try #require(lines.all.first?.runID.short)
        #expect(printed.lines == [
            "[\(run)] f: flow pending -> running",
            "[\(run)] f: task 'a' pending -> running",
            "[\(run)] f: task 'a' running -> failure: a failed",
            "[\(run)] f: flow running -> reverting: a failed",
            "[\(run)] f: task 'a' failure -> reverting",
            "[\(run)] f: task 'a' reverting -> reverted",
            "[\(run)] f: flow reverting -> reverted",
        ])
    }
}

@Suite struct TimingListenerTests {
    @Test func measuresEveryTaskAndSummarisesTheRun() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("quick"), node("slower")]))
        let reports = LineCollector()
        let timing = TimingListener(report: reports.append)
        let events = EventRecorder()
        _ = try await Engine(listeners: [timing, events]).run(flow, state: ProbeState(), context: Probe(pause: .milliseconds(5)))
        let run = try #require(events.all.first?.runID)
        #expect(timing.timings.map(\.task) == ["quick", "slower"])
        #expect(timing.timings.allSatisfy { $0.duration >= .milliseconds(5) && $0.outcome == .success })
        let total = try #require(timing.duration(of: run))
        #expect(total >= .milliseconds(10))
        #expect(reports.lines.count == 1)
        let summary = timing.summary(of: run)
        #expect(reports.lines.first == summary)
        let lines = summary.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("flow f [\(run.short)]: 2 tasks in "))
        #expect(lines[1].hasSuffix(" ms  success"))
    }

    @Test func oneListenerMeasuresConcurrentRunsSeparately() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", [node("a"), node("b")]))
        let timing = TimingListener()
        let events = EventRecorder()
        let engine = Engine(listeners: [timing, events])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { _ = try await engine.run(flow, state: ProbeState(), context: Probe(pause: .milliseconds(1))) }
            }
            try await group.waitForAll()
        }
        let runs = Set(events.all.map(\.runID))
        #expect(runs.count == 8)
        #expect(timing.timings.count == 16)
        for run in runs {
            #expect(timing.duration(of: run) != nil)
            #expect(Set(timing.timings.filter { $0.runID == run }.map(\.task)) == ["a", "b"])
        }
    }

    @Test func recordsFailuresWithTheirOutcome() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b")]))
        let timing = TimingListener()
        _ = try? await Engine(listeners: [timing]).run(flow, state: ProbeState(), context: Probe(failing: ["b"]))
        #expect(timing.timings.map(\.outcome) == [.success, .failure])
    }
}

/// Collects lines a listener writes.
final class LineCollector: Sendable {
    private let storage = Locked<[String]>([])
    var lines: [String] { storage.withLock { $0 } }
    func append(_ line: String) { storage.withLock { $0.append(line) } }
}
