import TaskFlowGenerator

/// `taskflow-gen generate`: what the build plugin runs for each target.
enum GenerateCommand {
    /// Checks the sources (against the lock file, when `--lock` names one that exists), prints
    /// the diagnostics, and writes the wiring only when there is no error and its content
    /// changed.
    /// - Returns: The exit status.
    /// - Throws: When a source or the lock file cannot be read or the output cannot be written.
    static func run(_ options: Invocation.GenerateOptions) throws -> Int32 {
        let sources = try SourceLoader.load(options.sources)
        let lock = try LockLoader.load(options.lock)
        let result = generateSwift(moduleName: options.moduleName, sources: sources, lock: lock)
        StandardError.report(result.diagnostics)
        guard let file = result.file else { return Tool.failure }
        try writeOutputFile(file, to: options.output)
        return Tool.success
    }
}
