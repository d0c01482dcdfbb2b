import Foundation
import PackagePlugin

/// The command plugin behind `swift package taskflow`: draws, scans or checks a package's flows
/// without building it, writes its `taskflow.lock`, and lists the runs of a journal.
///
/// ```
/// swift package taskflow diagram [--target T] [--format mermaid|dot] [--output DIR]
/// swift package taskflow scan [--target T]
/// swift package taskflow check [--target T]
/// swift package taskflow lock [--target T]
/// swift package taskflow runs --journal DIR
/// ```
///
/// Without `--target`, every Swift target of the package is used. `--target` may repeat.
@main
struct TaskFlowCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let request = try CommandRequest(arguments: arguments)
        let generator = Generator(
            executable: try context.tool(named: "taskflow-gen").url,
            workDirectory: context.pluginWorkDirectoryURL
        )
        if request.verb == .runs {
            try listRuns(request, generator: generator, context: context)
            return
        }
        let targets = try selectTargets(request.targetNames, in: context.package)
        var failed: [String] = []
        for target in targets {
            let sources = target.sourceFiles(withSuffix: "swift").map(\.url)
            let succeeded = switch request.verb {
            case .scan:
                try generator.run(["scan", "--json"], sources: sources, target: target.name)
            case .check:
                try check(target, sources: sources, generator: generator, lockFile: lockFile(of: context))
            case .lock:
                try lock(target, sources: sources, generator: generator, lockFile: lockFile(of: context))
            case .diagram:
                try diagram(target, sources: sources, request: request, generator: generator,
                            perTargetFolder: targets.count > 1, context: context)
            case .runs:
                preconditionFailure("runs reads a journal, not targets; handled above")
            }
            if !succeeded { failed.append(target.name) }
        }
        if !failed.isEmpty { throw CommandFailure(verb: request.verb, targets: failed) }
    }

    /// Prints the runs of the `FileJournal` directory given with `--journal` (relative to the
    /// package), as `taskflow-gen runs` does.
    private func listRuns(_ request: CommandRequest, generator: Generator, context: PluginContext) throws {
        guard let journal = request.journalDirectory else {
            throw CommandUsageError(message: "runs needs --journal DIR")
        }
        let directory = URL(fileURLWithPath: journal, relativeTo: context.package.directoryURL)
        guard try generator.run(["runs", "--journal", directory.path]) else {
            throw CommandFailure(verb: .runs, targets: [])
        }
    }

    /// `taskflow.lock`, beside the package's manifest.
    private func lockFile(of context: PluginContext) -> URL {
        context.package.directoryURL.appending(component: "taskflow.lock")
    }

    /// Runs every check `generate` runs (against the lock file, when there is one), writing
    /// nothing.
    private func check(_ target: SwiftSourceModuleTarget, sources: [URL], generator: Generator, lockFile: URL) throws -> Bool {
        let succeeded = try generator.run(
            ["check", "--module", target.moduleName, "--lock", lockFile.path], sources: sources, target: target.name
        )
        if succeeded { log("\(target.name): no problems found") }
        return succeeded
    }

    /// Writes the target's entry of the lock file: its durable flows and their tasks as they are
    /// now. Nothing is written when the target has an error.
    private func lock(_ target: SwiftSourceModuleTarget, sources: [URL], generator: Generator, lockFile: URL) throws -> Bool {
        try generator.run(
            ["lock", "--module", target.moduleName, "--lock", lockFile.path], sources: sources, target: target.name
        )
    }

    /// Writes one diagram file per flow.
    private func diagram(
        _ target: SwiftSourceModuleTarget, sources: [URL], request: CommandRequest, generator: Generator,
        perTargetFolder: Bool, context: PluginContext
    ) throws -> Bool {
        var directory = request.outputDirectory.map { URL(fileURLWithPath: $0, relativeTo: context.package.directoryURL) }
            ?? context.pluginWorkDirectoryURL.appending(component: "diagrams")
        if perTargetFolder || request.outputDirectory == nil { directory.append(component: target.name) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let succeeded = try generator.run(
            ["diagram", "--format", request.format, "--output", directory.path], sources: sources, target: target.name
        )
        guard succeeded else { return false }
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        if written.isEmpty, directory.lastPathComponent == target.name {
            try FileManager.default.removeItem(at: directory)
            log("\(target.name): no flows")
        } else {
            log("\(target.name): \(written.count) diagram(s) written to \(directory.path)")
        }
        return true
    }

    /// The targets named on the command line, or every Swift target of the package.
    private func selectTargets(_ names: [String], in package: Package) throws -> [SwiftSourceModuleTarget] {
        let targets = names.isEmpty ? package.targets : try package.targets(named: names)
        return targets.compactMap { $0 as? SwiftSourceModuleTarget }
    }
}

/// Writes a line to standard error, where SwiftPM shows a command plugin's progress.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
