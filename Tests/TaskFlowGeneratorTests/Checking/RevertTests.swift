import Testing
@testable import TaskFlowGenerator

@Suite struct RevertResolutionTests {
    /// Task `t` (`f(size:) -> returns`) with `revert: undo`, then the given `undo` overloads.
    private func check(returns: String? = "Int", context: Bool = false, _ overloads: [[String]],
                       owner: [String] = [], revertOwner: [String]? = nil, structs: [String] = []) -> CheckResult {
        var module = TestModule()
        for name in structs { module.type(nil, [name], kind: "struct") }
        module.function(" - Task: t\n   - revert: undo", "f", (context ? ["context: Ctx"] : []) + ["size: Int", "name: String = \"\""],
                        returns: returns, owner: owner)
        for parameters in overloads {
            module.function(nil, "undo", parameters, owner: revertOwner ?? owner)
        }
        module.type(" - Flow: fl\n   - tasks: t", ["F"])
        return module.check()
    }

    @Test func mapsSymbolsResultFailureAndContext() throws {
        let result = check(context: true, [["context: Ctx", "size: Int", "result: Int", "cause failure: RevertCause", "name: String = \"\""]])
        #expect(result.diagnostics.isEmpty)
        let revert = try #require(result.flow("F")?.tasks[0].revert)
        #expect(revert.arguments == [
            .context(label: "context", type: "Ctx"),
            .symbol(label: "size", symbol: "size", type: "Int", isOptional: false),
            .result(label: "result", isOptional: false),
            .failure(label: "cause"),
            .symbol(label: "name", symbol: "name", type: "String", isOptional: true),
        ])
        #expect(revert.needsResult)
    }

    @Test(arguments: ["Int?", "Optional<Int>", "Swift.Int?"])
    func acceptsAnOptionalResult(type: String) throws {
        let result = check([["result: \(type)"]])
        #expect(result.diagnostics.isEmpty)
        #expect(result.flow("F")?.tasks[0].revert?.arguments == [.result(label: "result", isOptional: true)])
    }

    @Test func reportsAMissingRevertAtTheValue() throws {
        let error = try check([]).onlyError()
        #expect(error.message == "task 't': no function 'undo' at the top level; a revert must be declared in the same scope as its task")
        #expect(error.location == Location(file: "Sources/M/M.swift", line: 2, column: 17))
    }

    @Test func looksForTheRevertInTheTasksOwnScope() throws {
        let error = try check([[]], owner: ["Database"], revertOwner: []).onlyError()
        #expect(error.message == "task 't': no function 'undo' in 'Database'; a revert must be declared in the same scope as its task")
    }

    @Test(arguments: [
        (["result: String"], "'result' must have the task's return type 'Int' or 'Int?', not 'String'"),
        (["failure: Error"], "'failure' must have type 'RevertCause', not 'Error'"),
        (["volume: Int"], "parameter 'volume' is none of the task's symbols, 'result', 'failure' or 'context'"),
        (["size: String"], "parameter 'size' has type 'String' but the task reads 'size' as 'Int'"),
        (["name: String"], "'name' is optional for the task (it has a default there); give the revert's parameter a default too"),
        (["_: Int"], "a parameter has no name"),
    ])
    func reportsARevertWhoseParametersCannotBeSatisfied(parameters: [String], reason: String) throws {
        let error = try check([parameters]).onlyError()
        #expect(error.message == "task 't': revert 'undo(\(parameters.map { ($0.hasPrefix("_") ? "_" : String($0.prefix { $0 != ":" })) + ":" }.joined()))' cannot be called: \(reason)")
        #expect(error.notes.count == 1)
    }

    @Test func reportsAResultOfATaskReturningNothing() throws {
        let error = try check(returns: nil, [["result: Int"]]).onlyError()
        #expect(error.message.hasSuffix("cannot be called: it takes 'result' but the task returns nothing"))
    }

    @Test func picksTheOverloadWhoseParametersCanBeSatisfied() throws {
        let result = check([["other: Int"], ["result: Int?"]])
        #expect(result.diagnostics.isEmpty)
        #expect(result.flow("F")?.tasks[0].revert?.function.signature == "undo(result:)")
    }

    @Test func reportsAmbiguousOverloadsWithEveryCandidate() throws {
        let error = try check([["size: Int"], ["result: Int"]]).onlyError()
        #expect(error.message == "task 't': revert 'undo' is ambiguous; 2 functions at the top level could be called — rename all but one")
        #expect(error.notes.map(\.message) == ["candidate 'undo(size:)'", "candidate 'undo(result:)'"])
    }

    @Test func listsEveryReasonWhenNoOverloadFits() throws {
        let error = try check([["a: Int"], ["result: Bool"]]).onlyError()
        #expect(error.message == "task 't': no function named 'undo' at the top level can be called as its revert")
        #expect(error.notes.count == 2)
    }

    @Test func reportsARevertContextThatDiffersFromTheTasks() throws {
        let error = try check(context: true, [["context: Other"]], structs: ["Ctx", "Other"]).onlyError()
        #expect(error.message == "task 't': its revert takes context 'Other' but the task takes 'Ctx'; both get the flow's one context")
    }

    @Test func notesARevertContextOnlyTheCompilerCanCompare() throws {
        let result = check(context: true, [["context: Other"]])
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.map(\.severity) == [.note])
    }
}
