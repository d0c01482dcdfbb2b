import Foundation

/// Runs `taskflow-gen` for the command plugin.
struct Generator {
    /// The `taskflow-gen` executable.
    var executable: URL
    /// The plugin's work directory, where response files go.
    var workDirectory: URL

    /// Runs the generator with `arguments` followed by the sources (as a response file), its
    /// output and diagnostics going straight to the plugin's own.
    ///
    /// - Returns: Whether it exited successfully.
    /// - Throws: When it cannot be started or the response file cannot be written.
    func run(_ arguments: [String], sources: [URL], target: String) throws -> Bool {
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        let responseFile = workDirectory.appending(component: "\(target).sources.txt")
        let listing = sources.map(\.path).sorted().map { $0 + "\n" }.joined()
        try Data(listing.utf8).write(to: responseFile, options: .atomic)
        return try run(arguments + ["@" + responseFile.path])
    }

    /// Runs the generator with `arguments`, its output and diagnostics going straight to the
    /// plugin's own.
    ///
    /// - Returns: Whether it exited successfully.
    /// - Throws: When it cannot be started.
    func run(_ arguments: [String]) throws -> Bool {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}
