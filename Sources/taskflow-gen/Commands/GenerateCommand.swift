import TaskFlowGenerator

/// `taskflow-gen generate`: what the build plugin runs for each target.
enum GenerateCommand {
    /// Checks the sources, prints the diagnostics, and writes the wiring only when there is no
    /// error and its content changed.
    /// - Returns: The exit status.
    /// - Throws: When a source cannot be read or the output cannot be written.
    static func run(_ options: Invocation.GenerateOptions) throws -> Int32 {
        let sources = try SourceLoader.load(options.sources)
        let result = generateSwift(moduleName: options.moduleName, sources: sources)
        StandardError.report(result.diagnostics)
        guard let file = result.file else { return Tool.failure }
        try writeOutputFile(file, to: options.output)
        return Tool.success
    }
}
