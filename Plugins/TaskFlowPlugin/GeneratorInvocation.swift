import Foundation
import PackagePlugin

/// One run of `taskflow-gen generate` for one target, as a build command.
struct GeneratorInvocation {
    /// The target's name; the output is `<targetName>.taskflow.swift`.
    var targetName: String
    /// The Swift module the generated code is compiled into.
    var moduleName: String
    /// The target's Swift files, the generator's inputs.
    var sources: [URL]
    /// The plugin's work directory for this target: the only place anything is written.
    var workDirectory: URL
    /// `taskflow.lock` beside the package manifest (or the Xcode project): the generator checks
    /// durable flows against it when it exists.
    var lockFile: URL

    /// The generated file.
    var output: URL {
        workDirectory.appending(component: "\(targetName).taskflow.swift")
    }

    /// The response file listing the sources, one path a line. A target may hold thousands of
    /// files, more than a command line takes, so the generator reads them from here (`@file`).
    var responseFile: URL {
        workDirectory.appending(component: "sources.txt")
    }

    /// The build command that runs the generator.
    ///
    /// Writes the response file first, and only when its content changed, so that planning the
    /// build again does not make the command look out of date.
    ///
    /// The lock file is always named to the generator, which checks nothing when no file is
    /// there; when it exists it is also an input, so editing it runs the check again.
    ///
    /// - Parameter generator: The `taskflow-gen` executable.
    /// - Returns: A build command whose inputs are the sources (and the lock file, when it
    ///   exists) and whose output is ``output``.
    /// - Throws: When the response file cannot be written.
    func command(generator: URL) throws -> Command {
        let sortedSources = sources.sorted { $0.path < $1.path }
        let listing = sortedSources.map { $0.path + "\n" }.joined()
        try writeIfChanged(listing, to: responseFile)
        return .buildCommand(
            displayName: "Generating task flows for \(targetName)",
            executable: generator,
            arguments: [
                "generate",
                "--output", output.path,
                "--module", moduleName,
                "--lock", lockFile.path,
                "@" + responseFile.path,
            ],
            inputFiles: sortedSources + [responseFile] + (lockExists ? [lockFile] : []),
            outputFiles: [output]
        )
    }

    /// Whether the lock file exists now. A missing file is not declared as an input: SwiftPM
    /// would find no command producing it.
    private var lockExists: Bool {
        FileManager.default.fileExists(atPath: lockFile.path)
    }

    private func writeIfChanged(_ text: String, to file: URL) throws {
        let data = Data(text.utf8)
        if let existing = try? Data(contentsOf: file), existing == data { return }
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        try data.write(to: file, options: .atomic)
    }
}
