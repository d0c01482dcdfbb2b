import Testing
@testable import TaskFlowGenerator

@Suite struct TaskDeclarationRuleTests {
    /// One task `t` on `f(parameters)`, its `- Task:` on line 1, the function on line 1 + keys.
    private func check(keys: [String] = [], _ parameters: [String] = [], returns: String? = nil,
                       modifiers: [String] = [], generic: String? = nil, owner: [String] = []) -> CheckResult {
        var module = TestModule()
        module.function(([" - Task: t"] + keys.map { "   - " + $0 }).joined(separator: "\n"), "f", parameters,
                        returns: returns, owner: owner, modifiers: modifiers, generic: generic)
        return module.check()
    }

    /// Seven defaults that are not literals: 128 calls in the generated adapter.
    @Test func warnsAboutManyDefaultsThatAreNotLiterals() throws {
        let parameters = (1...7).map { "p\($0): Int = Defaults.p\($0)" }
        let result = check(parameters)
        #expect(result.errors.isEmpty)
        let warning = try #require(result.diagnostics.first { $0.severity == .warning })
        #expect(warning.message == "task 't': the defaults of 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7' are not literals, "
            + "so generated code can only use them by leaving the argument out, with one call of "
            + "'f(p1:p2:p3:p4:p5:p6:p7:)' per combination (128 calls); give them literal defaults, or remove some defaults")
        #expect(warning.location.line == 1)
        #expect(check(Array(parameters.prefix(6))).diagnostics.isEmpty)
    }

    @Test func reportsAnUnnamedParameterAtTheParameter() throws {
        let error = try check(["_: Int"]).onlyError()
        #expect(error.message.hasPrefix("task 't': a parameter of 'f' has no name; name it"))
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 2, column: 20))
    }

    @Test(arguments: [
        ("value: inout Int", "task 't': parameter 'value' is 'inout'; a task cannot change the flow's values in place — return the new value and list it in 'provides'"),
        ("ids: Int...", "task 't': parameter 'ids' is variadic; take an array instead"),
    ])
    func reportsParametersGeneratedCodeCannotPass(parameter: String, message: String) throws {
        let error = try check([parameter]).onlyError()
        #expect(error.message == message)
        #expect(error.location.line == 2)
    }

    @Test(arguments: [
        ([String](), "<T>", "task 't': 'f' is generic; generated code cannot choose its type arguments — wrap it in a non-generic function"),
        (["mutating"], nil, "task 't': 'f' is 'mutating'; generated code calls it on a copy of its owner — make it non-mutating (keep shared state in a class or actor)"),
        (["private"], nil, "task 't': 'f' is 'private'; generated code lives in another file — make it internal"),
        (["fileprivate"], nil, "task 't': 'f' is 'fileprivate'; generated code lives in another file — make it internal"),
    ] as [([String], String?, String)])
    func reportsDeclarationsGeneratedCodeCannotCallAtTheAnnotation(modifiers: [String], generic: String?, message: String) throws {
        let error = try check(modifiers: modifiers, generic: generic).onlyError()
        #expect(error.message == message)
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 1, column: 5))
    }

    @Test func reportsARequirementNamingNoParameterAtTheName() throws {
        let error = try check(keys: ["requires: size, colour"], ["size: Int", "color: String"]).onlyError()
        #expect(error.message == "'colour' is not a parameter of 'f(size:color:)'; did you mean 'color'?")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 2, column: 25))
    }

    @Test func listsTheParametersWhenNoneIsClose() throws {
        let error = try check(keys: ["requires: volume"], ["size: Int", "color: String"]).onlyError()
        #expect(error.message == "'volume' is not a parameter of 'f(size:color:)'; its parameters are 'size', 'color'")
    }

    @Test func reportsARebindingToNoParameterAtTheParameterName() throws {
        let error = try check(keys: ["requires: volume_type as kind"], ["type: String"]).onlyError()
        #expect(error.location.column == 34)
    }

    @Test(arguments: ["requires: context", "requires: ctx as context", "requires: context as size"])
    func rejectsContextAsASymbol(keys: String) throws {
        let error = try check(keys: [keys], ["context: Ctx", "size: Int"]).onlyError()
        #expect(error.message.hasPrefix("'context' is not a symbol"))
    }

    @Test func rejectsTwoParametersReadingOneSymbol() throws {
        let error = try check(keys: ["requires: a as b"], ["a: Int", "b: Int"]).onlyError()
        #expect(error.message == "parameters 'a' and 'b' of 'f(a:b:)' both read symbol 'a'; rebind one with 'SYMBOL as PARAMETER'")
    }

    @Test func keepsAListedDefaultedParameterOptional() throws {
        var module = TestModule()
        module.function(" - Task: t\n   - requires: name", "f", ["name: String = \"x\""])
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        let flow = try #require(module.check().flow("F"))
        #expect(flow.tasks[0].optionalSymbols == ["name"])
        #expect(flow.optionalInputs == [SymbolInfo(name: "name", type: "String")])
    }

    @Test func reportsProvidesOnAFunctionReturningNothingAtTheKey() throws {
        let error = try check(keys: ["provides: x"]).onlyError()
        #expect(error.message == "task 't' returns nothing, so it cannot provide 'x'; return a value or remove 'provides'")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 2, column: 9))
    }

    @Test func reportsProvidesThatDoNotFitTheTupleArity() throws {
        let error = try check(keys: ["provides: a, b, c"], returns: "(Int,String)").onlyError()
        #expect(error.message == "task 't' provides 3 symbols, so it must return a tuple of 3 elements; it returns '(Int,String)' (a tuple of 2)")
    }

    @Test func mapsLabelledTupleElementsByLabelInAnyOrder() throws {
        var module = TestModule()
        module.function(" - Task: t\n   - provides: name, id", "f", returns: "(id:Int,name:String)")
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        let flow = try #require(module.check().flow("F"))
        #expect(flow.tasks[0].provides.map(\.access) == [.element(index: 1, label: "name"), .element(index: 0, label: "id")])
        #expect(flow.outputs == [SymbolInfo(name: "name", type: "String"), SymbolInfo(name: "id", type: "Int")])
    }

    @Test func mapsUnlabelledTupleElementsInOrder() throws {
        var module = TestModule()
        module.function(" - Task: t\n   - provides: a, b", "f", returns: "(Int,[String:Int])")
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        let flow = try #require(module.check().flow("F"))
        #expect(flow.outputs == [SymbolInfo(name: "a", type: "Int"), SymbolInfo(name: "b", type: "[String:Int]")])
    }

    @Test(arguments: ["(a:Int,`let`:[Int])", "(`a`:Int,`let`:[Int])"])
    func mapsBacktickedTupleLabelsByTheirNames(returns: String) throws {
        var module = TestModule()
        module.function(" - Task: t\n   - provides: a, let", "f", returns: returns)
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        let flow = try #require(module.check().flow("F"))
        #expect(flow.tasks[0].provides.map(\.access) == [.element(index: 0, label: "a"), .element(index: 1, label: "let")])
        #expect(flow.outputs == [SymbolInfo(name: "a", type: "Int"), SymbolInfo(name: "let", type: "[Int]")])
    }

    @Test func storesAWholeTupleUnderOneName() throws {
        var module = TestModule()
        module.function(" - Task: t\n   - provides: pair", "f", returns: "(Int,Int)")
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        #expect(try #require(module.check().flow("F")).tasks[0].provides.map(\.access) == [.whole])
    }

    @Test func reportsANameThatIsNoLabelOfALabelledTuple() throws {
        let error = try check(keys: ["provides: id, nmae"], returns: "(id:Int,name:String)").onlyError()
        #expect(error.message == "'nmae' matches no element of '(id:Int,name:String)'; the labels are 'id', 'name'")
        #expect(error.location.column == 23)
    }

    @Test func reportsMalformedVersionsAtTheValue() throws {
        let error = try check(keys: ["version: 1.2.3"]).onlyError()
        #expect(error.message == "malformed version '1.2.3'; write MAJOR.MINOR, e.g. 1.0")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 2, column: 18))
    }

    @Test func reportsTaskNamesThatAreNoIdentifiers() throws {
        var module = TestModule()
        module.function(" - Task: reserve-quota", "f")
        #expect(try module.check().onlyError().message == "task name 'reserve-quota' is not a Swift identifier (letters, digits and '_')")
    }

    @Test func namesATaskAfterItsFunctionWhenTheValueIsEmpty() throws {
        var module = TestModule()
        module.function(" - Task:", "reserveQuota")
        module.type(" - Flow: fl\n   - tasks: reserveQuota", ["F"])
        #expect(try #require(module.check().flow("F")).tasks.map(\.name) == ["reserveQuota"])
    }

    @Test func reportsDuplicateTaskNamesAtEveryDeclarationWithNotes() throws {
        var module = TestModule()
        module.function(" - Task: same", "f")
        module.function(" - Task: same", "g")
        let result = module.check()
        #expect(result.errors == Array(repeating: "duplicate task name 'same'; task names are unique in a module (even in exclusive '#if' branches) — rename one", count: 2))
        #expect(result.diagnostics.map(\.location.line) == [1, 3])
        #expect(result.diagnostics[0].notes.map(\.location.line) == [3])
    }

    @Test func reportsTasksOfGenericOrPrivateOwners() throws {
        var module = TestModule()
        module.type(nil, ["Box"], kind: "struct", isGeneric: true)
        module.type(nil, ["Hidden"], kind: "struct", modifiers: ["private"])
        module.function(" - Task: a", "f", owner: ["Box"])
        module.function(" - Task: b", "g", owner: ["Hidden"])
        #expect(module.check().errors == [
            "task 'a': 'Box' is generic; tasks must belong to a non-generic type (generated code cannot choose its type arguments)",
            "task 'b': 'Hidden' is 'private'; generated code lives in another file — make it internal",
        ])
    }

    @Test func reportsAnnotationsOnTheWrongDeclarations() {
        var module = TestModule()
        module.type(" - Task: t", ["T"], kind: "struct")
        module.function(" - Flow: f", "g")
        module.other(" - Task: v", keyword: "var")
        module.other(" - Flow: i", keyword: "init")
        #expect(module.check().errors == [
            "'- Task:' goes on a func, not on a struct; annotate the function the task calls",
            "'- Flow:' goes on a type (usually an empty enum), not on a function; use '- Task:' for a function",
            "'- Task:' goes on a func, not on 'var'; move the work into a function and annotate it",
            "'- Flow:' goes on a struct, enum, class or actor, not on 'init'",
        ])
    }

    @Test func reportsAllErrorsOfARunSortedByLine() {
        var module = TestModule()
        module.function(" - Task: a\n   - version: x", "f")
        module.function(" - Task: b\n   - requires: nope", "g")
        module.function(" - Task: c\n   - provides: y", "h")
        let result = module.check()
        #expect(result.diagnostics.map(\.location.line) == [2, 5, 8])
    }
}
