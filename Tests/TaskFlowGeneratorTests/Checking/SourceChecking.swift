@testable import TaskFlowGenerator

/// Checks `source` as the one file of module `App`, at `Sources/App/Flows.swift`, as the plugin
/// would.
func checkSource(_ source: String) -> CheckResult {
    checkSources(moduleName: "App", sources: [SourceFile(path: "Sources/App/Flows.swift", text: source)])
}

/// The diagnostics of ``checkSource(_:)``, each as `line:column: message`.
func diagnosticLines(_ source: String) -> [String] {
    checkSource(source).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
}
