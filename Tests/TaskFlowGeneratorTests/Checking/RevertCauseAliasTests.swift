import Testing
@testable import TaskFlowGenerator

/// A revert's `failure` parameter declared with a type alias: the module's aliases are resolved
/// (through chains and nesting); an alias the generator cannot see through is left to the
/// compiler; an alias of a type that certainly is not `RevertCause` is an error naming both.
@Suite struct RevertCauseAliasTests {
    /// A flow of one task `reserve` whose revert `undo` takes `failure: FAILURE`, after
    /// `declarations`.
    private func source(failure: String, declarations: String, owner: String? = nil) -> String {
        let task = """
            /// - Task: reserve
            ///   - provides: reservation
            ///   - revert: undo
            static func reserve(size: Int) -> Int { size }
            static func undo(result: Int, failure: \(failure)) {}
            """
        let body = owner.map { "enum \($0) {\n\(task)\n}" } ?? task.replacingOccurrences(of: "static func", with: "func")
        return """
            import TaskFlow
            \(declarations)
            \(body)
            /// - Flow: reserving
            ///   - tasks: reserve
            enum Reserving {}
            """
    }

    @Test(arguments: [
        "typealias Why = RevertCause",
        "typealias Why = TaskFlow.RevertCause",
        "typealias Cause = RevertCause\ntypealias Why = Cause",
    ])
    func anAliasOfRevertCauseIsAccepted(declarations: String) {
        #expect(diagnosticLines(source(failure: "Why", declarations: declarations)) == [])
    }

    @Test func anAliasNestedInTheRevertsOwnTypeIsFound() {
        let result = checkSource(source(failure: "Why", declarations: "extension Quota { typealias Why = RevertCause }", owner: "Quota"))
        #expect(result.errors.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func anAliasOfATypeTheGeneratorCannotSeeIsLeftToTheCompiler() {
        #expect(diagnosticLines(source(failure: "Why", declarations: "typealias Why = Orchestration.Cause")) == [])
    }

    @Test(arguments: [
        ("typealias Why = Int", "'Int'"),
        ("struct Reason {}\ntypealias Why = Reason", "'Reason'"),
        ("typealias Why = RevertCause?", "'Optional<RevertCause>'"),
    ])
    func anAliasOfAnotherTypeIsAnErrorNamingBoth(declarations: String, aliased: String) throws {
        let error = try checkSource(source(failure: "Why", declarations: declarations)).onlyError()
        #expect(error.message.hasSuffix("cannot be called: 'failure' must have type 'RevertCause', not 'Why' (a type alias of \(aliased))"))
    }

    @Test func aNameThatIsNoAliasIsStillRefused() throws {
        let error = try checkSource(source(failure: "Reason", declarations: "struct Reason {}")).onlyError()
        #expect(error.message.hasSuffix("'failure' must have type 'RevertCause', not 'Reason'"))
    }
}
