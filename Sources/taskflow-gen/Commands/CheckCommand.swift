import TaskFlowGenerator

/// `taskflow-gen check`: every check `generate` runs, writing nothing.
enum CheckCommand {
    /// Checks the sources (against the lock file, when `--lock` names one that exists) and
    /// prints the diagnostics.
    /// - Returns: The exit status: failure when any diagnostic is an error.
    /// - Throws: When a source or the lock file cannot be read.
    static func run(_ options: Invocation.CheckOptions) throws -> Int32 {
        let checked = checkSources(
            moduleName: options.moduleName, sources: try SourceLoader.load(options.sources),
            lock: try LockLoader.load(options.lock))
        StandardError.report(checked.diagnostics)
        return checked.diagnostics.containsError ? Tool.failure : Tool.success
    }
}
