import Foundation
import Testing

/// Compares generated text with a golden file byte for byte, as swift-argument-parser's
/// snapshot tests do: a mismatch fails with a line diff; `TASKFLOW_RECORD=1` rewrites the
/// golden instead, and recording fails the test too, so nobody records by accident.
enum Snapshot {
    /// Whether this run re-records goldens.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["TASKFLOW_RECORD"] == "1"
    }

    /// Checks `actual` against the golden file at `path`.
    static func assertMatches(
        _ actual: String, golden path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("Recorded a new golden at \(path); run again without TASKFLOW_RECORD to check it.", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("No golden at \(path); run once with TASKFLOW_RECORD=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        Issue.record(
            "Generated text differs from \(path) (- golden, + generated):\n\(LineDiff.describe(from: expected, to: actual))",
            sourceLocation: sourceLocation)
    }
}

/// A readable line diff: the changed lines with two lines of context around each change.
enum LineDiff {
    /// The differences between `old` and `new`, `-` for removed lines and `+` for added ones.
    static func describe(from old: String, to new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // Trim the common head and tail so the quadratic table covers only the changed middle.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head ..< a.count - tail])
        let y = Array(b[head ..< b.count - tail])
        guard x.count * y.count <= 4_000_000 else {
            return "(too many changed lines to diff; first difference at line \(head + 1))"
        }
        // Longest common subsequence table, filled from the end.
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        for line in a[max(0, head - 2) ..< head] { lines.append("  " + line) }
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                lines.append("  " + x[i])
                i += 1
                j += 1
            } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                lines.append("+ " + y[j])
                j += 1
            } else {
                lines.append("- " + x[i])
                i += 1
            }
        }
        for line in a[(a.count - tail) ..< min(a.count, a.count - tail + 2)] { lines.append("  " + line) }
        return "@@ line \(head + 1) @@\n" + lines.joined(separator: "\n")
    }
}
