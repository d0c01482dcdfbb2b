/// `taskflow-gen runs --journal DIR`: the durable runs a TaskFlow `FileJournal` directory holds.
enum RunsCommand {
    /// Prints a header line and one line per run, oldest first: id, flow, state, start and last
    /// update, in UTC (ISO 8601).
    /// - Parameter journal: The journal directory.
    /// - Returns: The exit status: failure when the directory does not exist.
    /// - Throws: ``JournalReadError`` when a run file is damaged or cannot be read.
    static func run(journal: String) throws -> Int32 {
        guard FileSystem.kind(of: journal) == .directory else {
            StandardError.write("error: no journal directory at \(journal)\n")
            return Tool.failure
        }
        print(table(try JournalDirectory.runs(in: journal)), terminator: "")
        return Tool.success
    }

    /// The listing: columns padded to their widest value.
    static func table(_ runs: [JournalRun]) -> String {
        let rows = [["RUN", "FLOW", "STATE", "STARTED", "UPDATED"]] + runs.map {
            [
                $0.runID, $0.flow, $0.state, UTCTimestamp.string(fromSecondsSince1970: $0.started),
                UTCTimestamp.string(fromSecondsSince1970: $0.updated),
            ]
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).enumerated().map { index, cell in
                index == 4 ? cell.0 : cell.0 + String(repeating: " ", count: cell.1 - cell.0.count)
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
