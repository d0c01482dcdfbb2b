import Testing
import TaskFlowGenerator

/// How generated adapters call the user's functions: effects (`await`), discarded results and
/// tuple elements, from annotated source to generated text.
@Suite struct GeneratedCallTests {
    /// The generated file for `declarations` plus a flow `F` of the tasks `names`.
    private func generate(_ declarations: String, tasks names: String = "t") throws -> String {
        let source = SourceFile(path: "M.swift", text: declarations + """

            /// - Flow: f
            ///   - tasks: \(names)
            enum F {}

            """)
        let result = generateSwift(moduleName: "M", sources: [source])
        #expect(!result.diagnostics.containsError, "\(result.diagnostics)")
        return try #require(result.file)
    }

    @Test func backtickedTupleLabelsAreReadByLabel() throws {
        let file = try generate("""
            /// - Task: t
            ///   - provides: a, let
            func f() -> (a: Int, `let`: [Int]) { (1, [2]) }
            """)
        #expect(file.contains("var `let`: [Int]?"))
        #expect(file.contains("$0.a = result.a"))
        #expect(file.contains("$0.`let` = result.`let`"))
    }

    @Test func aRevertsReturnedValueIsDiscarded() throws {
        let file = try generate("""
            /// - Task: t
            ///   - revert: undo
            func f(size: Int) {}
            func undo(size: Int) -> Bool { true }
            """)
        #expect(file.contains("_ = await maybeIsolated(undo(size: size))"))
    }

    @Test func aDiscardableRevertResultIsNotDiscardedExplicitly() throws {
        let file = try generate("""
            /// - Task: t
            ///   - revert: undo
            func f(size: Int) {}
            @discardableResult func undo(size: Int) -> Bool { true }
            """)
        #expect(file.contains("    await maybeIsolated(undo(size: size))"))
        #expect(!file.contains("_ = await maybeIsolated(undo"))
    }

    @Test(arguments: [
        ("actor A {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nfunc undo() {}\n}", "a.f(size: size)", "a.undo()"),
        ("actor A {}\nextension A {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nfunc undo() {}\n}", "a.f(size: size)", "a.undo()"),
        ("/// - Task: t\n///   - revert: undo\n@MainActor func f(size: Int) {}\n@MainActor func undo() {}", "f(size: size)", "undo()"),
        ("@MainActor final class A {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nstatic func undo() {}\n}", "a.f(size: size)", "A.undo()"),
        ("@globalActor actor Worker { static let shared = Worker() }\n/// - Task: t\n///   - revert: undo\n@Worker func f(size: Int) {}\n@Worker func undo() {}", "f(size: size)", "undo()"),
        ("struct A: Sendable {\n/// - Task: t\n///   - revert: undo\n@MainActor func f(size: Int) {}\n@MainActor func undo() {}\n}", "a.f(size: size)", "a.undo()"),
        ("enum A {}\n@MainActor extension A {\n/// - Task: t\n///   - revert: undo\nstatic func f(size: Int) {}\nstatic func undo() {}\n}", "A.f(size: size)", "A.undo()"),
    ])
    func callsToAnotherActorAreAwaited(declarations: String, execute: String, revert: String) throws {
        let file = try generate(declarations)
        #expect(file.contains("await " + execute))
        #expect(file.contains("await " + revert))
    }

    @Test(arguments: [
        ("actor A {\n/// - Task: t\n///   - revert: undo\nnonisolated func f(size: Int) {}\nstatic func undo() {}\n}", "a.f(size: size)", "A.undo()"),
        ("@MainActor final class A {\n/// - Task: t\n///   - revert: undo\nnonisolated func f(size: Int) {}\nnonisolated static func undo() {}\n}", "a.f(size: size)", "A.undo()"),
        ("nonisolated struct A: Sendable {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nstatic func undo() {}\n}", "a.f(size: size)", "A.undo()"),
        ("enum A {}\n@MainActor extension A {\n/// - Task: t\n///   - revert: undo\nnonisolated static func f(size: Int) {}\nnonisolated static func undo() {}\n}", "A.f(size: size)", "A.undo()"),
    ])
    func nonisolatedCallsAreWrittenPlainly(declarations: String, execute: String, revert: String) throws {
        let file = try generate(declarations)
        #expect(file.contains("        \(execute)\n"))
        #expect(file.contains("        \(revert)\n"))
        #expect(!file.contains("maybeIsolated"))
    }

    /// Nothing written says where these run, and the module's default isolation may be
    /// `MainActor`: a plain call would not compile then, a bare `await` warns otherwise.
    @Test(arguments: [
        ("/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nfunc undo() {}", "f(size: size)", "undo()"),
        ("final class A: Sendable {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nfunc undo() {}\n}", "a.f(size: size)", "a.undo()"),
        ("enum A {\n/// - Task: t\n///   - revert: undo\nstatic func f(size: Int) {}\nstatic func undo() {}\n}", "A.f(size: size)", "A.undo()"),
        ("nonisolated struct A {}\nextension A {\n/// - Task: t\n///   - revert: undo\nstatic func f(size: Int) {}\nstatic func undo() {}\n}", "A.f(size: size)", "A.undo()"),
        ("class Base {}\nfinal class A: Base, @unchecked Sendable {\n/// - Task: t\n///   - revert: undo\nfunc f(size: Int) {}\nfunc undo() {}\n}", "a.f(size: size)", "a.undo()"),
    ])
    func callsOfUnknownIsolationAreAwaitedThroughMaybeIsolated(
        declarations: String, execute: String, revert: String
    ) throws {
        let file = try generate(declarations)
        #expect(file.contains("await maybeIsolated(\(execute))"))
        #expect(file.contains("await maybeIsolated(\(revert))"))
    }

    @Test func aThrowingCallOfUnknownIsolationIsTriedAndItsValueDiscardedOrBound() throws {
        let file = try generate("""
            /// - Task: t
            ///   - provides: size
            ///   - revert: undo
            func f() throws -> Int { 1 }
            func undo(result: Int) throws -> Bool { true }
            """)
        #expect(file.contains("let result = try await maybeIsolated(f())"))
        #expect(file.contains("_ = try await maybeIsolated(undo(result: result))"))
    }

    /// A revert adapter declared in an extension of a `@MainActor` flow type would be isolated to
    /// the main actor, where `await undo()` for a `@MainActor` synchronous `undo` warns.
    @Test func adaptersDoNotTakeTheIsolationOfTheFlowType() throws {
        let source = SourceFile(path: "M.swift", text: """
            /// - Task: t
            ///   - revert: undo
            @MainActor func f() {}
            @MainActor func undo() {}

            /// - Flow: f
            ///   - tasks: t
            @MainActor enum F {}

            """)
        let file = try #require(generateSwift(moduleName: "M", sources: [source]).file)
        #expect(file.contains("private nonisolated(nonsending) static func executeT("))
        #expect(file.contains("private nonisolated(nonsending) static func revertT("))
        #expect(file.contains("        await undo()\n"))
    }

    /// A literal default is written in the read, so the call does not branch on its symbol; any
    /// other default can only be had by leaving the argument out.
    @Test func literalDefaultsArePassedAndOtherDefaultsLeaveTheArgumentOut() throws {
        let file = try generate("""
            enum Limits { static let retries = 3 }
            /// - Task: t
            nonisolated func f(size: Int = 10, note: String? = nil, retries: Int = Limits.retries) {}
            """)
        #expect(file.contains("($0.size ?? 10, $0.note, $0.retries)"))
        #expect(file.contains("""
                    if let retries {
                        f(size: size, note: note, retries: retries)
                    } else {
                        f(size: size, note: note)
                    }
            """))
    }

    @Test func anAsyncCallIsAwaitedDirectly() throws {
        let file = try generate("""
            /// - Task: t
            ///   - revert: undo
            func f(size: Int) async {}
            func undo() async throws {}
            """)
        #expect(file.contains("await f(size: size)"))
        #expect(file.contains("try await undo()"))
        #expect(!file.contains("maybeIsolated"))
    }
}
