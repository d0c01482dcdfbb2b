import Testing
@testable import TaskFlowGenerator

@Suite struct LinearDataFlowTests {
    @Test func computesInputsInFirstUseOrderAndOutputsInFirstProvidedOrder() throws {
        var module = TestModule()
        module.task("a", ["z: Int", "y: Int"], provides: "p")
        module.task("b", ["p: Int", "x: Int", "z: Int"], provides: "q")
        module.flow("F", "a, b")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.inputs.map(\.name) == ["z", "y", "x"])
        #expect(flow.outputs.map(\.name) == ["p", "q"])
    }

    @Test func reportsARequirementProvidedOnlyByALaterChildAtTheConsumer() throws {
        var module = TestModule()
        module.task("consume", ["size: Int"])
        module.task("produce", provides: "size")
        module.flow("F", "consume, produce")
        let error = try module.check().onlyError()
        #expect(error.message == "'consume' requires 'size', which only the later child 'produce' provides; in a linear flow, list 'produce' first")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 7, column: 16))
        #expect(error.notes.map(\.location.column) == [25])
    }

    @Test func warnsWhenAnOptionalReadIsProvidedOnlyLater() throws {
        var module = TestModule()
        module.task("consume", ["size: Int = 1"])
        module.task("produce", provides: "size")
        module.flow("F", "consume, produce")
        let result = module.check()
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(try #require(result.flow("F")).optionalInputs.isEmpty)
    }

    @Test func reportsASymbolProvidedTwice() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", provides: "x")
        module.flow("F", "a, b")
        let error = try module.check().onlyError()
        #expect(error.message == "'b' provides 'x' a second time, replacing what 'a' provided; rename one, or require it to transform the earlier value")
        #expect(error.location.column == 19)
    }

    @Test func allowsATransformThatRequiresWhatItProvides() throws {
        var module = TestModule()
        module.task("a", ["x: Int"])
        module.task("b", ["x: Int"], provides: "x")
        module.task("c", ["x: Int"], provides: "x")
        module.flow("F", "a, b, c")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        let flow = try #require(result.flow("F"))
        #expect(flow.inputs.map(\.name) == ["x"])
        #expect(flow.outputs.map(\.name) == ["x"])
        #expect(flow.symbols.map(\.name) == ["x"])
    }

    @Test func doesNotTakeAnOptionalReadForATransform() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", ["x: Int = 0"], provides: "x")
        module.flow("F", "a, b")
        #expect(try module.check().onlyError().message.hasPrefix("'b' provides 'x' a second time"))
    }

    @Test func makesAnOptionalInputRequiredWhenAnotherChildRequiresIt() throws {
        var module = TestModule()
        module.task("a", ["n: Int = 0", "m: Int = 0"])
        module.task("b", ["n: Int"])
        module.flow("F", "a, b")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.inputs.map(\.name) == ["n"])
        #expect(flow.optionalInputs.map(\.name) == ["m"])
    }
}

@Suite struct RunInputTransformTests {
    @Test func reportsANestedReadBeforeATransformOfASymbolTheParentProvides() throws {
        var module = TestModule()
        module.task("x", provides: "s")
        module.task("a", ["s: Int"])
        module.task("b", ["s: Int"], provides: "s")
        module.flow("Inner", "a, b")
        module.flow("Outer", "x, Inner")
        let result = module.check()
        let error = try result.onlyError()
        #expect(error.message == "'a' reads 's' before 'b' replaces it, which the engine allows only when 's' is an input of the run, but 'x' in flow 'Outer' provides it; rename the replaced symbol or let 'b' run first")
        #expect(error.location.line == 13)
        #expect(error.location.column == 19)
        #expect(result.flow("Inner") != nil)
        #expect(result.flow("Outer") == nil)
    }

    @Test func acceptsTheTransformWhenTheSymbolStaysAnInputOfTheRun() throws {
        var module = TestModule()
        module.task("a", ["s: Int"])
        module.task("b", ["s: Int"], provides: "s")
        module.task("c", ["t: Int"], provides: "u")
        module.flow("Inner", "a, b")
        module.flow("Outer", "c, Inner")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.flow("Outer")).inputs.map(\.name) == ["t", "s"])
    }

    @Test func reportsAGraphSelfTransformOfASymbolTheParentProvides() throws {
        var module = TestModule()
        module.task("x", provides: "s")
        module.task("b", ["s: Int"], provides: "s")
        module.flow("Inner", "b", pattern: "graph")
        module.flow("Outer", "x, Inner")
        #expect(try module.check().onlyError().message.hasPrefix("'b' reads 's' before 'b' replaces it"))
    }
}

@Suite struct ResultSlotTests {
    @Test func reportsASymbolNamedLikeARevertsResultSlotOnce() throws {
        var module = TestModule()
        module.task("t", provides: "x", keys: ["revert: undo"])
        module.function(nil, "undo", ["result: Int"])
        module.task("u", ["tResult: Int"])
        module.flow("Inner", "t, u")
        module.flow("Outer", "Inner")
        module.flow("Other", "t, u")
        let result = module.check()
        #expect(result.module.flows.isEmpty)
        let error = try result.onlyError()
        #expect(error.message == "symbol 'tResult' of 'u' has the name generated code gives the result of 't' (kept for its revert); rename the symbol")
    }
}

@Suite struct UnorderedDataFlowTests {
    @Test func reportsSiblingsConsumingEachOthersOutputs() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", ["x: Int"])
        module.flow("F", "a, b", pattern: "unordered")
        let error = try module.check().onlyError()
        #expect(error.message == "'b' reads 'x', which its sibling 'a' provides; children of an unordered flow run concurrently — use a linear or graph flow")
        #expect(error.location.column == 19)
    }

    @Test func reportsTwoProvidersOfOneSymbol() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", provides: "x")
        module.flow("F", "a, b", pattern: "unordered")
        #expect(try module.check().onlyError().message == "'b' and 'a' both provide 'x'; children of an unordered flow run concurrently, so one value would be lost — rename one")
    }

    @Test func takesEveryRequirementAsAFlowInput() throws {
        var module = TestModule()
        module.task("a", ["s: Int"], provides: "x")
        module.task("b", ["s: Int", "t: Int"], provides: "y")
        module.flow("F", "a, b", pattern: "unordered")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.inputs.map(\.name) == ["s", "t"])
        #expect(flow.outputs.map(\.name) == ["x", "y"])
    }
}

@Suite struct GraphDataFlowTests {
    @Test func ordersChildrenByDataWhateverTheListingOrder() throws {
        var module = TestModule()
        module.task("c", ["y: Int"], provides: "z")
        module.task("b", ["x: Int"], provides: "y")
        module.task("a", ["s: Int"], provides: "x")
        module.flow("F", "c, b, a", pattern: "graph")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        let flow = try #require(result.flow("F"))
        #expect(flow.inputs.map(\.name) == ["s"])
        #expect(flow.outputs.map(\.name) == ["z", "y", "x"])
    }

    @Test func reportsCyclesNamingTheTasksOnThem() throws {
        var module = TestModule()
        module.task("a", ["y: Int"], provides: "x")
        module.task("b", ["x: Int"], provides: "y")
        module.task("c", ["s: Int"], provides: "t")
        module.flow("F", "c, a, b", pattern: "graph")
        let error = try module.check().onlyError()
        #expect(error.message == "flow 'F' has a cycle: 'a', 'b' wait for each other")
        #expect(error.location.column == 19)
    }

    @Test func reportsCyclesMadeByLinks() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", ["x: Int"])
        module.flow("F", "a, b", pattern: "graph", links: ["b -> a"])
        #expect(try module.check().onlyError().message == "flow 'F' has a cycle: 'a', 'b' wait for each other")
    }

    @Test func reportsTwoProvidersOfOneSymbol() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", provides: "x")
        module.task("c", ["x: Int"])
        module.flow("F", "a, b, c", pattern: "graph")
        #expect(try module.check().onlyError().message == "'b' and 'a' both provide 'x'; in a graph flow each symbol needs exactly one provider — rename one")
    }

    @Test func allowsAChildToTransformAFlowInput() throws {
        var module = TestModule()
        module.task("a", ["x: Int"], provides: "x")
        module.flow("F", "a", pattern: "graph")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.inputs.map(\.name) == ["x"])
        #expect(flow.outputs.map(\.name) == ["x"])
    }

    @Test func resolvesLinksByAnyChildNameAndReportsUnknownOnes() throws {
        var module = TestModule()
        module.function(" - Task: a", "doA")
        module.task("b")
        module.flow("Inner", "b")
        module.flow("F", "a, Inner", pattern: "graph", links: ["doA -> Inner", "a -> nowhere"])
        let result = module.check()
        let error = try result.onlyError()
        #expect(error.message == "'nowhere' in a link is not a child of flow 'F'")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 12, column: 20))
    }

    @Test func recordsLinksByTaskAndFlowName() throws {
        var module = TestModule()
        module.function(" - Task: a", "doA")
        module.task("b")
        module.flow("Inner", "b")
        module.flow("F", "a, Inner", pattern: "graph", links: ["doA -> Inner"])
        let flow = try #require(module.check().flow("F"))
        #expect(flow.flow.links.map { [$0.from, $0.to] } == [["a", "Inner"]])
        guard case .flow(_, .graph, let links, _) = flow.structure else {
            Issue.record("expected a graph structure")
            return
        }
        #expect(links == flow.flow.links)
    }

    @Test func warnsAboutALinkTheDataAlreadyImplies() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", ["x: Int"])
        module.flow("F", "a, b", pattern: "graph", links: ["a -> b"])
        let result = module.check()
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.flow("F") != nil)
    }
}
