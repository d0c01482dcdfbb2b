import Foundation

/// Runs the built `taskflow-gen` executable in a child process, as the build plugin does.
struct ToolRunner {
    /// What one run printed and returned.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// `taskflow-gen`, built beside this test bundle (the test target depends on it).
    static let executable: URL = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent()
        .appendingPathComponent("taskflow-gen")

    /// Runs the tool with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting so a large output cannot fill a pipe and stall the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// A fresh directory for one test, removed when the test ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("taskflow-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The contents of `name`, or `nil` when it does not exist.
    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names of the files in the directory, sorted.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Small sources for the command-line tests.
enum CLISources {
    static let valid = """
        /// - Task: double
        ///   - provides: doubled
        func double(value: Int) -> Int { value * 2 }

        /// - Flow: doubling
        ///   - tasks: double
        enum Doubling {}

        """

    /// The flow names a task that does not exist (line 6).
    static let broken = """
        /// - Task: double
        ///   - provides: doubled
        func double(value: Int) -> Int { value * 2 }

        /// - Flow: doubling
        ///   - tasks: double, triple
        enum Doubling {}

        """
}
