import Testing
import TaskFlowGenerator

@Suite struct DiagnosticRenderingTests {
    @Test func rendersAsCompilerDiagnosticWithNotes() {
        let at = SourceLocation(file: "Sources/A/a.swift", line: 3, column: 5)
        let other = SourceLocation(file: "Sources/A/b.swift", line: 9, column: 5)
        let diagnostic = Diagnostic.error(
            "duplicate task name 'x'", at: at,
            notes: [.note("'x' is also declared here", at: other)])
        #expect(diagnostic.description == """
            Sources/A/a.swift:3:5: error: duplicate task name 'x'
            Sources/A/b.swift:9:5: note: 'x' is also declared here
            """)
    }
}
