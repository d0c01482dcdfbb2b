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
        #expect(file.contains("_ = undo(size: size)"))
    }

    @Test func aDiscardableRevertResultIsNotDiscardedExplicitly() throws {
        let file = try generate("""
            /// - Task: t
            ///   - revert: undo
            func f(size: Int) {}
            @discardableResult func undo(size: Int) -> Bool { true }
            """)
        #expect(file.contains("    undo(size: size)"))
        #expect(!file.contains("_ = undo"))
    }
}
