import Foundation

/// Runs the built `taskflow-pg`, which lies beside the test bundle, against the test server.
enum CommandRunner {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent()
        .appendingPathComponent("taskflow-pg")

    /// What a run of the command did.
    struct Outcome: Sendable {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `taskflow-pg ARGUMENTS --schema SCHEMA` to its end; the server is found through the
    /// inherited `POSTGRES_SOCKET`.
    static func run(_ arguments: [String], schema: String) async throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--schema", schema]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let status = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Outcome(
            status: status,
            output: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            error: String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }
}
