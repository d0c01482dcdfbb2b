import Testing
import TaskFlow

/// Building a flow validates it: each rule the generator checks for flows (`Docs/Annotations.md`).
@Suite struct FlowDefinitionTests {
    struct InvalidCase: Sendable, CustomTestStringConvertible {
        var label: String
        var inputs: [String] = []
        var root: ProbeNode
        var error: FlowDefinitionError
        var testDescription: String { label }
    }

    static let invalid: [InvalidCase] = [
        InvalidCase(
            label: "duplicate task name across nesting",
            root: .linear("f", [node("a"), .unordered("inner", [node("b"), node("a")])]),
            error: .duplicateTaskName("a")
        ),
        InvalidCase(
            label: "requirement nothing provides",
            root: .linear("f", [node("a", requires: ["x"]), node("b", requires: ["x"])]),
            error: .missingRequirement(symbol: "x", consumers: ["a", "b"])
        ),
        InvalidCase(
            label: "linear: requirement provided only later",
            root: .linear("f", [node("a", requires: ["x"]), node("b", provides: ["x"])]),
            error: .providedLater(symbol: "x", consumer: "a", providers: ["b"], flow: "f")
        ),
        InvalidCase(
            label: "linear: second provider that does not transform",
            root: .linear("f", [node("a", provides: ["x"]), node("b", provides: ["x"])]),
            error: .duplicateProvider(symbol: "x", providers: ["a", "b"], flow: "f")
        ),
        InvalidCase(
            label: "unordered: sibling consumes a sibling's output",
            root: .unordered("u", [node("a", provides: ["x"]), node("b", requires: ["x"])]),
            error: .siblingDependency(symbol: "x", consumers: ["b"], providers: ["a"], flow: "u")
        ),
        InvalidCase(
            label: "unordered: two providers of one symbol",
            root: .unordered("u", [node("a", provides: ["x"]), node("b", provides: ["x"])]),
            error: .duplicateProvider(symbol: "x", providers: ["a", "b"], flow: "u")
        ),
        InvalidCase(
            label: "graph: two providers make the order ambiguous",
            root: .graph("g", [node("a", provides: ["x"]), node("b", provides: ["x"]), node("c", requires: ["x"])]),
            error: .ambiguousProvider(symbol: "x", providers: ["a", "b"], flow: "g")
        ),
        InvalidCase(
            label: "graph: task requires its own output",
            root: .graph("g", [node("a", requires: ["x"], provides: ["x"])]),
            error: .requiresOwnOutput(task: "a", symbol: "x", flow: "g")
        ),
        InvalidCase(
            label: "graph: cycle through data",
            root: .graph("g", [
                node("a", requires: ["z"], provides: ["x"]),
                node("b", requires: ["x"], provides: ["y"]),
                node("c", requires: ["y"], provides: ["z"]),
            ]),
            error: .cycle(tasks: ["a", "b", "c"])
        ),
        InvalidCase(
            label: "graph: cycle through a link",
            root: .graph("g", links: [FlowLink(from: "b", to: "a")], [
                node("a", provides: ["x"]), node("b", requires: ["x"]),
            ]),
            error: .cycle(tasks: ["a", "b"])
        ),
        InvalidCase(
            label: "graph: link to an unknown child",
            root: .graph("g", links: [FlowLink(from: "a", to: "nope")], [node("a")]),
            error: .unknownLinkEndpoint(name: "nope", flow: "g")
        ),
        InvalidCase(
            label: "links on a linear flow",
            root: .flow(name: "l", pattern: .linear, links: [FlowLink(from: "a", to: "b")], children: [node("a"), node("b")]),
            error: .linkOutsideGraph(flow: "l")
        ),
        InvalidCase(
            label: "nested: a later sibling flow provides what an earlier one requires",
            root: .linear("f", [
                .unordered("first", [node("a", requires: ["x"])]),
                .graph("second", [node("b", provides: ["x"])]),
            ]),
            error: .providedLater(symbol: "x", consumer: "a", providers: ["b"], flow: "f")
        ),
    ]

    @Test(arguments: invalid)
    func invalidFlowThrowsAnErrorNamingTasksAndSymbols(_ invalid: InvalidCase) {
        #expect(throws: invalid.error) {
            try Flow<ProbeState, Probe>(inputs: invalid.inputs, root: invalid.root)
        }
    }

    @Test(arguments: invalid)
    func everyErrorMessageNamesTheTasksSymbolsAndFlowInvolved(_ invalid: InvalidCase) {
        let message = invalid.error.description
        let named: [String] = switch invalid.error {
        case .duplicateTaskName(let name): [name]
        case .missingRequirement(let symbol, let consumers): [symbol] + consumers
        case .providedLater(let symbol, let consumer, let providers, let flow): [symbol, consumer, flow] + providers
        case .duplicateProvider(let symbol, let providers, let flow): [symbol, flow] + providers
        case .siblingDependency(let symbol, let consumers, let providers, let flow): [symbol, flow] + consumers + providers
        case .ambiguousProvider(let symbol, let providers, let flow): [symbol, flow] + providers
        case .requiresOwnOutput(let task, let symbol, let flow): [task, symbol, flow]
        case .cycle(let tasks): tasks
        case .unknownLinkEndpoint(let name, let flow): [name, flow]
        case .linkOutsideGraph(let flow): [flow]
        }
        for name in named {
            #expect(message.contains("'\(name)'"), "\(message) does not name '\(name)'")
        }
    }

    @Test func cycleMessageShowsThePathAroundTheCycle() {
        #expect(FlowDefinitionError.cycle(tasks: ["a", "b"]).description.hasPrefix("the tasks form a cycle: 'a' -> 'b' -> 'a';"))
    }

    @Test func aRequirementAnInputSuppliesIsValid() throws {
        let flow = try Flow<ProbeState, Probe>(
            inputs: ["x"], root: .linear("f", [node("a", requires: ["x"], provides: ["y"])])
        )
        #expect(flow.inputs == ["x"])
        #expect(flow.outputs == ["y"])
        #expect(flow.name == "f")
        #expect(flow.pattern == .linear)
    }

    @Test func linearTransformMayProvideASymbolAgain() throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [
            node("a", provides: ["x"]), node("b", requires: ["x"], provides: ["x"]),
        ]))
        #expect(flow.outputs == ["x"])
    }

    @Test func graphTaskMayRequireItsOwnOutputWhenItIsAnInput() throws {
        let flow = try Flow<ProbeState, Probe>(
            inputs: ["x"], root: .graph("g", [node("a", requires: ["x"], provides: ["x"])])
        )
        #expect(flow.tasks.map(\.name) == ["a"])
    }

    @Test(arguments: [FlowPattern.linear, .unordered, .graph])
    func optionalRequirementsNeverMakeAFlowInvalid(_ pattern: FlowPattern) throws {
        let children = [node("a", optional: ["later"]), node("b", optional: ["nowhere"])]
            + (pattern == .unordered ? [] : [node("c", provides: ["later"])])
        _ = try Flow<ProbeState, Probe>(
            inputs: [], root: .flow(name: "f", pattern: pattern, links: [], children: children)
        )
    }

    @Test func tasksAreNumberedDepthFirstInListingOrder() throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [
            node("a"), .unordered("u", [node("b"), .graph("g", [node("c")])]), node("d"),
        ]))
        #expect(flow.tasks.map(\.name) == ["a", "b", "c", "d"])
    }

    @Test func anEmptyNestedFlowIsSkipped() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [
            node("a"), .unordered("empty", []), node("b"),
        ]))
        let probe = Probe()
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed == ["a", "b"])
    }
}
