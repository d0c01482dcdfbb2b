import Testing
@testable import TaskFlowGenerator

@Suite struct ModuleImportTests {
    @Test func unitesTheFilesImportsWithoutTaskFlow() {
        let files = [
            FileDeclarations(path: "a.swift", functions: [], types: [], others: [],
                             imports: ["import Foundation", "import TaskFlow", "@preconcurrency import Dispatch"], diagnostics: []),
            FileDeclarations(path: "b.swift", functions: [], types: [], others: [],
                             imports: ["import Foundation", "import struct TaskFlow.FlowStore", "import struct Foundation.UUID"], diagnostics: []),
        ]
        #expect(checkModule(named: "M", files: files).module.imports == [
            "@preconcurrency import Dispatch", "import Foundation", "import struct Foundation.UUID",
        ])
    }

    @Test func passesReadingDiagnosticsThroughSorted() {
        let late = Diagnostic.error("unterminated comment", at: TaskFlowGenerator.SourceLocation(file: "b.swift", line: 9, column: 1))
        let early = Diagnostic.error("invalid UTF-8", at: TaskFlowGenerator.SourceLocation(file: "a.swift", line: 3, column: 1))
        let files = [
            FileDeclarations(path: "b.swift", functions: [], types: [], others: [], diagnostics: [late]),
            FileDeclarations(path: "a.swift", functions: [], types: [], others: [], diagnostics: [early]),
        ]
        #expect(checkModule(named: "M", files: files).diagnostics == [early, late])
    }
}
