import TaskFlowGenerator

/// `taskflow-gen lock`: writes or updates a target's entry in a lock file.
enum LockCommand {
    /// Checks the sources and, when there is no error, writes the lock file with the target's
    /// durable flows and tasks as they are now (other targets' entries kept). Nothing is written
    /// on error, and a file already holding exactly that text is left untouched.
    /// - Returns: The exit status.
    /// - Throws: When a source or the lock file cannot be read, or the lock cannot be written.
    static func run(_ options: Invocation.CheckOptions) throws -> Int32 {
        guard let path = options.lock else { return Tool.usageFailure }
        let result = lockSources(
            moduleName: options.moduleName, sources: try SourceLoader.load(options.sources),
            existing: try LockLoader.load(path))
        StandardError.report(result.diagnostics)
        guard let text = result.text else { return Tool.failure }
        let outcome = try writeOutputFile(text, to: path)
        StandardError.write("\(options.moduleName): \(path) \(outcome == .unchanged ? "is up to date" : "written")\n")
        return Tool.success
    }
}
