import Testing
import TaskFlow

/// Generated-style state and adapters for arithmetic flows: `x` in, symbols out.
struct NumbersState: Sendable {
    var x: Int?
    var doubled: Int?
    var squared: Int?
    var total: Int?
    var label: String?
}

enum Numbers {
    typealias Node = FlowNode<NumbersState, Void>

    /// double: requires x; provides doubled.
    nonisolated(nonsending) static func execute_double(_ store: FlowStore<NumbersState>, _ context: Void) async throws {
        let x = try store.read { try requireSymbol($0.x, "x") }
        let result = x * 2
        store.write { $0.doubled = result }
    }

    /// square: requires x; provides squared.
    nonisolated(nonsending) static func execute_square(_ store: FlowStore<NumbersState>, _ context: Void) async throws {
        let x = try store.read { try requireSymbol($0.x, "x") }
        let result = x * x
        store.write { $0.squared = result }
    }

    /// sum: requires doubled, squared; provides total.
    nonisolated(nonsending) static func execute_sum(_ store: FlowStore<NumbersState>, _ context: Void) async throws {
        let (doubled, squared) = try store.read {
            (try requireSymbol($0.doubled, "doubled"), try requireSymbol($0.squared, "squared"))
        }
        let result = doubled + squared
        store.write { $0.total = result }
    }

    /// describe: requires total, label (optional); provides label.
    nonisolated(nonsending) static func execute_describe(_ store: FlowStore<NumbersState>, _ context: Void) async throws {
        let (total, label) = try store.read { (try requireSymbol($0.total, "total"), $0.label) }
        let result = "\(label ?? "total") = \(total)"
        store.write { $0.label = result }
    }

    static let double = Node.task(FlowTask(TaskMetadata(name: "double", requires: ["x"], provides: ["doubled"]), execute: execute_double))
    static let square = Node.task(FlowTask(TaskMetadata(name: "square", requires: ["x"], provides: ["squared"]), execute: execute_square))
    static let sum = Node.task(FlowTask(TaskMetadata(name: "sum", requires: ["doubled", "squared"], provides: ["total"]), execute: execute_sum))
    static let describe = Node.task(FlowTask(
        TaskMetadata(name: "describe", requires: ["total"], optional: ["label"], provides: ["label"]), execute: execute_describe
    ))
}

@Suite struct LinearFlowTests {
    @Test func runsChildrenInListingOrder() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("c"), node("a"), node("b")]))
        let probe = Probe()
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["c", "a", "b"])
    }

    @Test func passesEachProvidedValueToLaterTasks() async throws {
        let flow = try Flow(inputs: ["x"], optionalInputs: ["label"], root: .linear("numbers", [
            Numbers.double, Numbers.square, Numbers.sum, Numbers.describe,
        ]))
        let final = try await Engine().run(flow, state: NumbersState(x: 3))
        #expect(final.total == 15)
        #expect(final.label == "total = 15")
        #expect(flow.outputs == ["doubled", "squared", "total", "label"])
    }

    @Test func optionalInputReachesTheTaskThatReadsIt() async throws {
        let flow = try Flow(inputs: ["x"], optionalInputs: ["label"], root: .linear("numbers", [
            Numbers.double, Numbers.square, Numbers.sum, Numbers.describe,
        ]))
        let final = try await Engine().run(flow, state: NumbersState(x: 1, label: "sum"))
        #expect(final.label == "sum = 3")
    }
}

@Suite struct UnorderedFlowTests {
    @Test func runsChildrenConcurrently() async throws {
        let names = (0..<6).map { "t\($0)" }
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", names.map { node($0) }))
        let probe = Probe(pause: .milliseconds(20), rendezvous: Set(names))
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(Set(probe.executed) == Set(names))
        #expect(probe.mostRunning == names.count)
    }

    @Test func everyChildReadsTheInputsAndProvidesItsOwnSymbol() async throws {
        let flow = try Flow(inputs: ["x"], root: .unordered("both", [Numbers.double, Numbers.square]))
        let final = try await Engine().run(flow, state: NumbersState(x: 5))
        #expect(final.doubled == 10)
        #expect(final.squared == 25)
    }
}

@Suite struct GraphFlowTests {
    @Test func ordersChildrenByWhatTheyRequireNotByListing() async throws {
        let flow = try Flow(inputs: ["x"], root: .graph("numbers", [
            Numbers.describe, Numbers.sum, Numbers.square, Numbers.double,
        ]))
        let final = try await Engine().run(flow, state: NumbersState(x: 4))
        #expect(final.total == 24)
        #expect(final.label == "total = 24")
    }

    @Test func runsEverythingReadyAtOnce() async throws {
        // a → (b, c, d) → e: b, c and d are ready together once a is done.
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph("g", [
            node("e", requires: ["b", "c", "d"]),
            node("b", requires: ["a"], provides: ["b"]),
            node("c", requires: ["a"], provides: ["c"]),
            node("d", requires: ["a"], provides: ["d"]),
            node("a", provides: ["a"]),
        ]))
        let probe = Probe(pause: .milliseconds(20), rendezvous: ["b", "c", "d"])
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed.first == "a")
        #expect(probe.executed.last == "e")
        #expect(probe.mostRunning == 3)
    }

    @Test func tasksMadeReadyWhileOthersRunAlsoRunAtOnce() async throws {
        // x and y start together (two workers); when x is done, b1…b4 are ready while y may
        // still run: each needs a worker of its own.
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph("g", [
            node("x", provides: ["x"]),
            node("y"),
            node("b1", requires: ["x"]),
            node("b2", requires: ["x"]),
            node("b3", requires: ["x"]),
            node("b4", requires: ["x"]),
        ]))
        let probe = Probe(pause: .milliseconds(50), rendezvous: ["b1", "b2", "b3", "b4"])
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(Set(probe.executed) == ["x", "y", "b1", "b2", "b3", "b4"])
        #expect(probe.mostRunning >= 4)
    }

    @Test func aTaskLinkedToAnEmptyNestedFlowStillOrdersWhatFollowsTheGraph() async throws {
        // b follows the graph, so it waits for a, even though a's only successor has no tasks.
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("l", [
            .graph("g", links: [FlowLink(from: "a", to: "empty")], [node("a"), .unordered("empty", [])]),
            node("b"),
        ]))
        let probe = Probe(pause: .milliseconds(20))
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["a", "b"])
        #expect(probe.mostRunning == 1)
    }

    @Test func aTaskFedSeveralSymbolsByOneProviderWaitsForItOnce() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph(
            "g", links: [FlowLink(from: "both", to: "reader")],
            [node("reader", requires: ["x", "y"]), node("both", provides: ["x", "y"])]
        ))
        let probe = Probe()
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["both", "reader"])
    }

    @Test func linksOrderChildrenThatShareNoData() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph(
            "g", links: [FlowLink(from: "second", to: "third"), FlowLink(from: "first", to: "second")],
            [node("third"), node("second"), node("first")]
        ))
        let probe = Probe()
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["first", "second", "third"])
    }
}

@Suite struct NestedFlowTests {
    @Test func nestedFlowsShareTheParentsState() async throws {
        let flow = try Flow(inputs: ["x"], root: .linear("outer", [
            .unordered("parts", [Numbers.double, Numbers.square]),
            .graph("finish", [Numbers.describe, Numbers.sum]),
        ]))
        let final = try await Engine().run(flow, state: NumbersState(x: 2))
        #expect(final.label == "total = 8")
    }

    @Test func aNestedFlowFinishesBeforeTheNextSiblingStarts() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("outer", [
            node("start"),
            .unordered("middle", [node("m1"), node("m2"), node("m3")]),
            node("end"),
        ]))
        let probe = Probe(pause: .milliseconds(5))
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed.first == "start")
        #expect(Set(probe.executed[1...3]) == ["m1", "m2", "m3"])
        #expect(probe.executed.last == "end")
    }

    @Test func aGraphOrdersANestedFlowByTheSymbolsInsideIt() async throws {
        // The nested linear flow's second task needs what `late` provides; its first does not.
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph("g", [
            .linear("inner", [node("i1", provides: ["i"]), node("i2", requires: ["i", "l"])]),
            node("late", requires: ["i"], provides: ["l"]),
        ]))
        let probe = Probe()
        _ = try await Engine(maxConcurrency: 1).run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["i1", "late", "i2"])
    }
}
