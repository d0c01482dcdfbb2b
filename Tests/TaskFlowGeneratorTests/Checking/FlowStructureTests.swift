import Testing
@testable import TaskFlowGenerator

@Suite struct FlowStructureTests {
    @Test func resolvesChildrenByTaskNameFunctionNameAndFlowType() throws {
        var module = TestModule()
        module.function(" - Task: named", "someFunction")
        module.task("b")
        module.flow("Inner", "b", path: ["Outer", "Inner"])
        module.flow("Top", "named, someFunction, Inner, Outer.Inner")
        let result = module.check()
        // `named` twice (by name and by function): one error; the nested flow twice: one error.
        #expect(result.errors == [
            "task 'named' runs twice in flow 'Top' (directly, and directly); a task runs once per flow",
            "task 'b' runs twice in flow 'Top' (through flow 'Inner', and through flow 'Inner'); a task runs once per flow",
        ])
    }

    @Test func nestsFlowsDepthFirstWithOffsetStructure() throws {
        var module = TestModule()
        module.task("a", provides: "x")
        module.task("b", ["x: Int"], provides: "y")
        module.task("c", ["y: Int"])
        module.flow("Inner", "b, c", pattern: "linear")
        module.flow("Top", "a, Inner")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        let top = try #require(result.flow("Top"))
        #expect(top.tasks.map(\.name) == ["a", "b", "c"])
        #expect(top.structure == .flow(name: "Top", pattern: .linear, links: [], children: [
            .task(0), .flow(name: "Inner", pattern: .linear, links: [], children: [.task(1), .task(2)]),
        ]))
        #expect(top.flow.children.map(\.kind) == [.task("a"), .flow(["Inner"])])
        #expect(top.inputs.isEmpty)
        #expect(try #require(result.flow("Inner")).inputs == [SymbolInfo(name: "x", type: "Int")])
    }

    @Test func reportsAnUnknownChildAtItsName() throws {
        var module = TestModule()
        module.task("a")
        module.flow("Top", "a, missing")
        let error = try module.check().onlyError()
        #expect(error.message == "unknown task or flow 'missing'; name a task, a function carrying '- Task:', or a type carrying '- Flow:'")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 4, column: 19))
        #expect(module.check().module.flows.isEmpty)
    }

    @Test func suggestsAClosePlaceForAMisspelledChild() throws {
        var module = TestModule()
        module.task("reserve_quota")
        module.flow("Top", "reserve_qouta")
        #expect(try module.check().onlyError().message == "unknown task or flow 'reserve_qouta'; did you mean 'reserve_quota'?")
    }

    @Test func reportsATypeWithoutFlowAnnotation() throws {
        var module = TestModule()
        module.type(nil, ["Plain"])
        module.flow("Top", "Plain")
        #expect(try module.check().onlyError().message == "type 'Plain' carries no '- Flow:' annotation, so it cannot be nested")
    }

    @Test func reportsAnAmbiguousFunctionNameListingTheTasks() throws {
        var module = TestModule()
        module.function(" - Task: one", "work", owner: ["A"])
        module.function(" - Task: two", "work", owner: ["B"])
        module.flow("Top", "work")
        let error = try module.check().onlyError()
        #expect(error.message == "'work' is ambiguous: 2 functions of that name carry '- Task:'; use a task name ('one', 'two')")
        #expect(error.notes.count == 2)
    }

    @Test func reportsAFlowNestingItselfNamingTheChain() throws {
        var module = TestModule()
        module.task("a")
        module.flow("A", "a, B")
        module.flow("B", "C")
        module.flow("C", "A")
        module.flow("D", "B")
        let result = module.check()
        let error = try result.onlyError()
        #expect(error.message == "flow 'A' nests itself: A → B → C → A")
        #expect(error.location.line == 10)
        #expect(result.module.flows.isEmpty)
    }

    @Test func reportsAFlowNestingItselfDirectly() throws {
        var module = TestModule()
        module.flow("A", "A")
        #expect(try module.check().onlyError().message == "flow 'A' nests itself: A → A")
    }

    @Test func reportsAnUnknownPatternAtTheValue() throws {
        var module = TestModule()
        module.task("a")
        module.flow("A", "a", pattern: "parallel")
        let error = try module.check().onlyError()
        #expect(error.message == "unknown pattern 'parallel'; expected linear, unordered or graph")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 5, column: 18))
    }

    @Test func reportsLinksOutsideGraphFlowsAtTheKey() throws {
        var module = TestModule()
        module.task("a")
        module.task("b")
        module.flow("A", "a, b", links: ["a -> b"])
        let error = try module.check().onlyError()
        #expect(error.message == "'link' is only valid in graph flows; flow 'A' is linear — use '- pattern: graph' or remove the link")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 7, column: 9))
    }

    @Test func reportsAFlowWithoutTasks() throws {
        var module = TestModule()
        module.type(" - Flow: empty", ["E"])
        #expect(try module.check().onlyError().message == "flow 'empty' lists no tasks; add '- tasks: first, second, …'")
    }

    @Test(arguments: [
        ("protocol", false, [String](), "'- Flow:' goes on a struct, enum, class or actor (usually an empty enum), not on a protocol"),
        ("extension", false, [], "'- Flow:' goes on the type's own declaration, not on an extension"),
        ("struct", true, [], "flow 'F': 'F' is generic; a flow is declared on a non-generic type"),
        ("enum", false, ["private"], "flow 'F': 'F' is 'private'; generated code lives in another file — make it internal"),
    ])
    func reportsFlowsOnDeclarationsGeneratedCodeCannotExtend(kind: String, isGeneric: Bool, modifiers: [String], message: String) throws {
        var module = TestModule()
        module.task("a")
        module.type(" - Flow:\n   - tasks: a", ["F"], kind: kind, isGeneric: isGeneric, modifiers: modifiers)
        #expect(try module.check().onlyError().message == message)
    }

    @Test func reportsDuplicateFlowNames() {
        var module = TestModule()
        module.task("a")
        module.type(" - Flow: same\n   - tasks: a", ["F"])
        module.type(" - Flow: same\n   - tasks: a", ["G"])
        #expect(module.check().errors.count == 2)
    }

    @Test func leavesOutFlowsWithABrokenTaskButKeepsOthers() throws {
        var module = TestModule()
        module.task("good")
        module.task("bad", ["_: Int"])
        module.flow("Good", "good")
        module.flow("Bad", "good, bad")
        let result = module.check()
        #expect(result.module.flows.map(\.flow.typeName) == ["Good"])
        #expect(result.errors.count == 1)
    }
}
