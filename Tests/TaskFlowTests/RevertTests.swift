import Testing
import TaskFlow

/// The shapes a failure is injected into, at every position.
enum Shape: String, CaseIterable, Sendable {
    case linear, unordered, graph, nested

    var root: ProbeNode {
        switch self {
        case .linear:
            .linear("linear", [node("a"), node("b"), node("c"), node("d")])
        case .unordered:
            .unordered("unordered", [node("a"), node("b"), node("c"), node("d")])
        case .graph:
            .graph("graph", [
                node("d", requires: ["b", "c"]),
                node("c", requires: ["a"], provides: ["c"]),
                node("b", requires: ["a"], provides: ["b"]),
                node("a", provides: ["a"]),
            ])
        case .nested:
            .linear("nested", [
                node("a"),
                .unordered("u", [node("b"), node("c")]),
                .graph("g", [node("e", requires: ["d"]), node("d", provides: ["d"])]),
                node("f"),
            ])
        }
    }

    var flow: Flow<ProbeState, Probe> {
        get throws { try Flow(inputs: [], root: root) }
    }

    /// The order one task at a time runs the shape in (no failure).
    var sequentialOrder: [String] {
        switch self {
        case .linear, .unordered: ["a", "b", "c", "d"]
        case .graph: ["a", "c", "b", "d"]
        case .nested: ["a", "b", "c", "d", "e", "f"]
        }
    }

    static let everyPosition: [(Shape, Int)] = allCases.flatMap { shape in
        shape.sequentialOrder.indices.map { (shape, $0) }
    }
}

@Suite struct RevertTests {
    @Test(arguments: Shape.allCases)
    func oneTaskAtATimeRunsInTheExpectedOrder(_ shape: Shape) async throws {
        let probe = Probe()
        _ = try await Engine(maxConcurrency: 1).run(try shape.flow, state: ProbeState(), context: probe)
        #expect(probe.executed == shape.sequentialOrder)
    }

    @Test(arguments: Shape.everyPosition)
    func revertsExactlyTheTasksThatRanInReverseOrderFailingOneIncluded(_ shape: Shape, position: Int) async throws {
        let failing = shape.sequentialOrder[position]
        let ran = Array(shape.sequentialOrder[...position])
        let probe = Probe(failing: [failing])
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine(maxConcurrency: 1).run(try shape.flow, state: ProbeState(), context: probe)
        }
        #expect(probe.executed == ran)
        #expect(probe.reverted == ran.reversed())
        #expect(failure.reverted == ran.reversed())
        #expect(failure.errors.map(\.task) == [failing])
        #expect(failure.cause as? ProbeError == ProbeError(task: failing))
        #expect(failure.revertErrors.isEmpty)
        #expect(failure.flow == shape.root.name)
    }

    @Test(arguments: Shape.everyPosition)
    func concurrentRunRevertsEveryTaskThatRanInReverseCompletionOrder(_ shape: Shape, position: Int) async throws {
        let failing = shape.sequentialOrder[position]
        let probe = Probe(failing: [failing], pause: .milliseconds(1))
        let events = EventRecorder()
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine(listeners: [events]).run(try shape.flow, state: ProbeState(), context: probe)
        }
        let completed = events.tasks(reaching: [.success, .failure])
        #expect(Set(completed) == Set(probe.executed))
        #expect(completed.contains(failing))
        #expect(failure.reverted == completed.reversed())
        #expect(probe.reverted == completed.reversed())
        #expect(failure.errors.map(\.task) == [failing])
    }

    @Test(arguments: Shape.everyPosition)
    func aRevertThatThrowsIsReportedAndRevertingContinues(_ shape: Shape, position: Int) async throws {
        let order = shape.sequentialOrder
        let brokenRevert = order[position]
        let probe = Probe(failing: [order[order.count - 1]], failingReverts: [brokenRevert])
        let events = EventRecorder()
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine(listeners: [events], maxConcurrency: 1).run(try shape.flow, state: ProbeState(), context: probe)
        }
        #expect(probe.reverted == order.reversed())
        #expect(failure.reverted == order.reversed().filter { $0 != brokenRevert })
        #expect(failure.revertErrors.map(\.task) == [brokenRevert])
        #expect(failure.revertErrors.first?.error as? ProbeError == ProbeError(task: brokenRevert, inRevert: true))
        #expect(!failure.isFullyReverted)
        #expect(events.lines.last == "flow reverting->failure")
        #expect(events.lines.contains("\(brokenRevert) reverting->revertFailure"))
    }

    @Test func failingTaskWhoseRevertNeedsAResultIsRevertedWithoutACall() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [
            node("a", revertNeedsResult: true), node("b", revertNeedsResult: true),
        ]))
        let probe = Probe(failing: ["b"])
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine().run(flow, state: ProbeState(), context: probe)
        }
        #expect(probe.reverted == ["a"])
        #expect(failure.reverted == ["b", "a"])
    }

    @Test func siblingsStillRunningWhenATaskFailsFinishAndAreReverted() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", [node("slow"), node("fails")]))
        let probe = Probe(failing: ["fails"], pause: .milliseconds(1))
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine().run(flow, state: ProbeState(), context: probe)
        }
        #expect(Set(failure.reverted) == ["slow", "fails"])
    }

    @Test func failureDescriptionNamesTheErrorsAndTheReverts() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b")]))
        let failure = try await #require(throws: FlowFailure.self) {
            try await Engine().run(flow, state: ProbeState(), context: Probe(failing: ["b"], failingReverts: ["a"]))
        }
        #expect(failure.description == "flow 'f' failed: b: b failed; reverted b; revert failed for a: revert of a failed")
    }
}
