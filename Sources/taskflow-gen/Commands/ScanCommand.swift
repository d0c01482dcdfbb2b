import TaskFlowGenerator

/// `taskflow-gen scan --json`: what the scanner saw, for tools and for debugging annotations.
enum ScanCommand {
    /// Prints the scan report as JSON on standard output and the diagnostics on standard error.
    /// - Returns: The exit status: failure when any diagnostic is an error.
    /// - Throws: When a source cannot be read.
    static func run(sources paths: [String]) throws -> Int32 {
        let checked = checkSources(moduleName: "Module", sources: try SourceLoader.load(paths))
        let json = checked.scan.json()
        print(json, terminator: json.hasSuffix("\n") ? "" : "\n")
        StandardError.report(checked.diagnostics)
        return checked.diagnostics.containsError ? Tool.failure : Tool.success
    }
}
