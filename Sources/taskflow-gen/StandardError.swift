import Foundation
import TaskFlowGenerator

/// Writes to standard error, unbuffered, so messages interleave correctly with the build's.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints each diagnostic (with its notes) as `path:line:column: severity: message`.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        write(diagnostics.map { $0.description + "\n" }.joined())
    }
}
