import Testing
@testable import TaskFlowGenerator

/// Types of the module named like the runtime types generated code names: those names are
/// qualified with `TaskFlow.` in the generated file instead of clashing.
@Suite struct RuntimeNameTests {
    @Test(arguments: ["Engine", "Flow", "FlowStore", "TaskMetadata", "RevertCause", "RunID"])
    func aTopLevelTypeNamedLikeARuntimeTypeIsHiddenNotAnError(name: String) throws {
        var module = TestModule()
        module.task("a")
        module.type(nil, [name], kind: "struct")
        module.flow("F", "a")
        let result = module.check()
        #expect(result.errors.isEmpty)
        #expect(result.module.hiddenRuntimeNames == [name])
    }

    @Test func typesInTheFlowsTypeOrAroundItHideRuntimeTypesAndOthersDoNot() {
        var module = TestModule()
        module.task("a")
        module.type(nil, ["Outer"], kind: "enum")
        module.type(nil, ["Outer", "Engine"], kind: "struct")
        module.type(nil, ["Outer", "F", "Flow"], kind: "enum")
        module.type(nil, ["Cars", "FlowTask"], kind: "struct")
        module.type(nil, ["Outer", "F", "Notes", "RunID"], kind: "struct")
        module.flow("F", "a", path: ["Outer", "F"])
        #expect(module.check().module.hiddenRuntimeNames == ["Engine", "Flow"])
    }

    @Test func typeAliasesHideRuntimeTypesLikeTypes() throws {
        var module = TestModule()
        module.task("a")
        module.typeAlias(["RunID"])
        module.typeAlias(["F", "FlowStore"])
        module.typeAlias(["Cars", "Engine"])
        module.flow("F", "a")
        #expect(module.check().module.hiddenRuntimeNames == ["FlowStore", "RunID"])

        module.typeAlias(["TaskFlow"])
        let error = try module.check().onlyError()
        #expect(error.message.hasPrefix("typealias 'TaskFlow' hides the TaskFlow module"))
    }

    @Test func functionsNamedLikeRuntimeFunctionsHideThemWhereGeneratedCodeLooks() {
        var module = TestModule()
        module.task("a")
        module.function(nil, "requireSymbol", ["_ part: String"], returns: "String")
        module.function(nil, "maybeIsolated", ["value: Int"], owner: ["Cars"], ownerKind: "enum", isStatic: true)
        module.flow("F", "a")
        #expect(module.check().module.hiddenRuntimeNames == ["requireSymbol"])

        module.function(nil, "maybeIsolated", ["value: Int"], owner: ["F"], ownerKind: "extension", isStatic: true)
        #expect(module.check().module.hiddenRuntimeNames == ["maybeIsolated", "requireSymbol"])
    }

    @Test func hiddenRuntimeFunctionsAreCalledQualified() throws {
        let source = SourceFile(path: "M.swift", text: """
            func requireSymbol(_ part: String) -> String { part }
            func maybeIsolated(_ value: Int) -> Int { value }

            /// - Task: t
            ///   - provides: size
            func f(raw: Int) -> Int { raw }

            /// - Flow: f
            ///   - tasks: t
            enum F {}

            """)
        let file = try #require(generateSwift(moduleName: "M", sources: [source]).file)
        #expect(file.contains("try TaskFlow.requireSymbol($0.raw, \"raw\")"))
        #expect(file.contains("await TaskFlow.maybeIsolated(f(raw: raw))"))
        #expect(file.contains("size: final.size!"), "a run that succeeded has every output")
        #expect(!file.contains(" requireSymbol("))
    }

    @Test func aModuleWithoutFlowsHidesNothing() {
        var module = TestModule()
        module.type(nil, ["Engine"], kind: "struct")
        let result = module.check()
        #expect(result.errors.isEmpty)
        #expect(result.module.hiddenRuntimeNames.isEmpty)
    }

    @Test func aTypeNamedTaskFlowIsAnErrorOnlyWhenTheGeneratedCodeMustNameTheModule() throws {
        var module = TestModule()
        module.task("a")
        module.type(nil, ["TaskFlow"], kind: "struct")
        module.flow("F", "a")
        #expect(module.check().errors.isEmpty)

        module.type(nil, ["Engine"], kind: "struct")
        let error = try module.check().onlyError()
        #expect(error.message == "struct 'TaskFlow' hides the TaskFlow module, which the generated flows name to reach "
            + "TaskFlow's 'Engine' (the module's own 'Engine' hides it); rename one of them")
    }
}
