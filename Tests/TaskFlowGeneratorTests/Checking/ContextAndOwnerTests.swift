import Testing
@testable import TaskFlowGenerator

@Suite struct ContextAgreementTests {
    @Test func reportsTasksDisagreeingOnTheContextTypeAtTheSecond() throws {
        var module = TestModule()
        module.type(nil, ["Request"], kind: "struct")
        module.type(nil, ["Admin"], kind: "struct")
        module.task("a", ["context: Request"])
        module.task("b", ["context: Admin"])
        module.flow("F", "a, b")
        let error = try module.check().onlyError()
        #expect(error.message == "'b' takes context 'Admin' but 'a' takes 'Request'; all tasks of a flow (and its nested flows and reverts) share one context type")
        #expect(error.location.column == 19)
    }

    @Test func checksContextsAcrossNestedFlowsAndReverts() throws {
        var module = TestModule()
        module.type(nil, ["Request"], kind: "struct")
        module.type(nil, ["Admin"], kind: "struct")
        module.task("a", keys: ["revert: undoA"])
        module.function(nil, "undoA", ["context: Admin"])
        module.task("b", ["context: Request"])
        module.flow("Inner", "a")
        module.flow("F", "Inner, b")
        let result = module.check()
        #expect(result.errors == ["'b' takes context 'Request' but 'a' takes 'Admin'; all tasks of a flow (and its nested flows and reverts) share one context type"])
        #expect(try #require(result.flow("Inner")).contextType == "Admin")
        #expect(result.flow("F") == nil)
    }

    @Test func leavesTheContextOutWhenNoTaskTakesOne() throws {
        var module = TestModule()
        module.task("a")
        module.flow("F", "a")
        #expect(try #require(module.check().flow("F")).contextType == nil)
    }

    @Test func neverTreatsContextAsASymbol() throws {
        var module = TestModule()
        module.task("a", ["context: Int", "size: Int"])
        module.flow("F", "a")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.inputs.map(\.name) == ["size"])
        #expect(flow.contextType == "Int")
    }
}

@Suite struct OwnerParameterTests {
    @Test func namesOwnersAfterTheirTypeSortedByName() throws {
        var module = TestModule()
        module.task("a", owner: ["Scheduler"])
        module.task("b", owner: ["Cinder", "Database"])
        module.task("c", owner: ["Cinder", "Database"])
        module.task("d", owner: ["Helpers"], isStatic: true)
        module.task("e")
        module.flow("F", "a, b, c, d, e")
        let flow = try #require(module.check().flow("F"))
        #expect(flow.owners == [
            OwnerParameter(name: "database", type: "Cinder.Database"),
            OwnerParameter(name: "scheduler", type: "Scheduler"),
        ])
    }

    @Test func namesCollidingOwnersByTheirFullPath() throws {
        var module = TestModule()
        module.task("a", owner: ["Cinder", "Database"])
        module.task("b", owner: ["Nova", "Database"])
        module.flow("F", "a, b")
        #expect(try #require(module.check().flow("F")).owners.map(\.name) == ["cinderDatabase", "novaDatabase"])
    }

    @Test func countsOwnersOfInstanceMethodReverts() throws {
        var module = TestModule()
        module.task("a", keys: ["revert: undo"], owner: ["Store"], isStatic: true)
        module.function(nil, "undo", owner: ["Store"])
        module.flow("F", "a")
        #expect(try #require(module.check().flow("F")).owners == [OwnerParameter(name: "store", type: "Store")])
    }

    @Test(arguments: [("Database", "database"), ("URLSession", "urlSession"), ("DB", "db"), ("lower", "lower"), ("Context", "context")])
    func lowerCamelCasesTypeNames(type: String, expected: String) {
        #expect(lowerCamelCased(type) == expected)
    }

    @Test func renamesOwnersThatClashWithRunParameters() throws {
        var module = TestModule()
        module.task("a", owner: ["Engine"])
        module.flow("F", "a")
        #expect(try #require(module.check().flow("F")).owners.map(\.name) == ["engineOwner"])
    }
}
