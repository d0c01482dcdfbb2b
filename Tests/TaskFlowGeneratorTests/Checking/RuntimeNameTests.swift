import Testing
@testable import TaskFlowGenerator

/// Types of the module named like the runtime types generated code names unqualified.
@Suite struct RuntimeNameTests {
    @Test(arguments: ["Engine", "Flow", "FlowStore", "TaskMetadata", "RevertCause", "RunID"])
    func aTopLevelTypeNamedLikeARuntimeTypeIsAnError(name: String) throws {
        var module = TestModule()
        module.task("a")
        module.type(nil, [name], kind: "struct")
        module.flow("F", "a")
        #expect(module.check().errors == ["struct '\(name)' hides TaskFlow's '\(name)', which the module's generated flows use; rename it"])
    }

    @Test func aNestedTypeOrAModuleWithoutFlowsIsFine() {
        var module = TestModule()
        module.type(nil, ["Engine"], kind: "struct")
        #expect(module.check().errors.isEmpty)
        var nested = TestModule()
        nested.task("a")
        nested.type(nil, ["Cars", "Engine"], kind: "struct")
        nested.flow("F", "a")
        #expect(nested.check().errors.isEmpty)
    }
}
