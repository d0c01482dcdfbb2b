import Testing
@testable import TaskFlowGenerator

@Suite struct ScaleTests {
    /// 5,000 tasks in a chain (`t_i` reads `s_{i-1}`, provides `s_i`), in 50 nested linear flows
    /// of 100, all nested in one flow, and the same tasks again as one graph flow.
    static func chainModule(tasks count: Int) -> TestModule {
        var module = TestModule()
        for index in 0..<count {
            module.task("t_\(index)", index == 0 ? ["seed: Int"] : ["s_\(index - 1): Int"], provides: "s_\(index)")
        }
        let groups = stride(from: 0, to: count, by: 100).map { start in
            (start..<min(start + 100, count)).map { "t_\($0)" }.joined(separator: ", ")
        }
        for (index, group) in groups.enumerated() { module.flow("Part\(index)", group) }
        module.flow("Whole", groups.indices.map { "Part\($0)" }.joined(separator: ", "))
        module.flow("Graph", (0..<count).reversed().map { "t_\($0)" }.joined(separator: ", "), pattern: "graph")
        return module
    }

    @Test func checksFiveThousandTasksAndFlowsOfThousandsOfSymbols() throws {
        let result = Self.chainModule(tasks: 5_000).check()
        #expect(result.diagnostics.isEmpty)
        let whole = try #require(result.flow("Whole"))
        #expect(whole.tasks.count == 5_000)
        #expect(whole.inputs.map(\.name) == ["seed"])
        #expect(whole.outputs.count == 5_000)
        let graph = try #require(result.flow("Graph"))
        #expect(graph.inputs.map(\.name) == ["seed"])
        #expect(result.module.flows.count == 52)
    }

    @Test func checksWideNestedFlowsWithThousandsOfInputsAndOutputs() throws {
        var module = TestModule()
        let count = 3_000
        for index in 0..<count {
            module.task("w_\(index)", ["in_\(index): Int", "shared: Int = 0"], provides: "out_\(index)")
            module.task("r_\(index)", ["out_\(index): Int", "in_\(index): Int"])
        }
        module.flow("Wide", (0..<count).map { "w_\($0)" }.joined(separator: ", "), pattern: "unordered")
        module.flow("Readers", (0..<count).map { "r_\($0)" }.joined(separator: ", "), pattern: "graph")
        module.flow("Outer", "Wide, Readers")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        let outer = try #require(result.flow("Outer"))
        #expect(outer.inputs.count == count)
        #expect(outer.optionalInputs.map(\.name) == ["shared"])
        #expect(outer.outputs.count == count)
    }

    @Test func reportsALongCycleWithoutExhaustingTheStack() throws {
        var module = TestModule()
        let count = 5_000
        for index in 0..<count {
            module.task("t_\(index)", ["s_\((index + count - 1) % count): Int"], provides: "s_\(index)")
        }
        module.flow("Ring", (0..<count).map { "t_\($0)" }.joined(separator: ", "), pattern: "graph")
        let error = try module.check().onlyError()
        #expect(error.message.hasPrefix("flow 'Ring' has a cycle: 't_0', 't_1', "))
    }

    @Test func reportsDeepNestingCyclesWithoutRecursion() throws {
        var module = TestModule()
        let depth = 3_000
        for index in 0..<depth { module.flow("F\(index)", "F\((index + 1) % depth)") }
        let error = try module.check().onlyError()
        #expect(error.message.hasPrefix("flow 'F0' nests itself: F0 → F1 → "))
    }
}
