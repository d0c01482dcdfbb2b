import Foundation
import TaskFlow

/// `taskflow-gen runs --journal DIR`: the durable runs a `FileJournal` directory holds.
enum RunsCommand {
    /// Prints a header line and one line per run, oldest first: id, flow, state, start and last
    /// update, in UTC (ISO 8601).
    /// - Parameter journal: The journal directory.
    /// - Returns: The exit status: failure when the directory does not exist.
    /// - Throws: ``JournalError`` when a run file is damaged.
    static func run(journal: String) throws -> Int32 {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: journal, isDirectory: &isDirectory), isDirectory.boolValue else {
            StandardError.write("error: no journal directory at \(journal)\n")
            return Tool.failure
        }
        let runs = try FileJournal(directory: URL(fileURLWithPath: journal)).runs()
        print(table(runs), terminator: "")
        return Tool.success
    }

    /// The listing: columns padded to their widest value.
    static func table(_ runs: [RunSummary]) -> String {
        let format = ISO8601DateFormatter()
        let rows = [["RUN", "FLOW", "STATE", "STARTED", "UPDATED"]] + runs.map {
            [$0.runID.description, $0.flow, $0.state.rawValue, format.string(from: $0.started), format.string(from: $0.updated)]
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).enumerated().map { index, cell in
                index == 4 ? cell.0 : cell.0.padding(toLength: cell.1, withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
