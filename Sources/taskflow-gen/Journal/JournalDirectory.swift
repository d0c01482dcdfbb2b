#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The runs of a TaskFlow `FileJournal` directory, which holds one `<run id>.journal` file per
/// run.
enum JournalDirectory {
    /// Every run in `path`, oldest first (ties by run id). Files that are not run files, and run
    /// files without one whole record or without a header first (a start that never completed),
    /// are skipped.
    /// - Parameter path: The journal directory.
    /// - Returns: The runs.
    /// - Throws: ``JournalReadError`` when the directory or a run file cannot be read, or a run
    ///   file is damaged before its last record.
    static func runs(in path: String) throws(JournalReadError) -> [JournalRun] {
        let names: [String]
        do {
            names = try FileSystem.names(in: path)
        } catch {
            throw .io(file: path, operation: error.operation, errno: error.errno)
        }
        var runs: [JournalRun] = []
        for name in names where isRunFileName(name) {
            let file = path + "/" + name
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.contents(of: file)
            } catch {
                // Removed since it was listed: a run that is no longer there.
                if error.errno == ENOENT { continue }
                throw .io(file: file, operation: error.operation, errno: error.errno)
            }
            let journal = try JournalFile(bytes, path: file)
            guard let header = journal.header else { continue }
            runs.append(JournalRun(
                runID: header.runID, flow: header.flow, state: journal.state, started: header.started,
                updated: FileSystem.modificationTime(of: file) ?? header.started))
        }
        return runs.sorted { ($0.started, $0.runID) < ($1.started, $1.runID) }
    }

    /// Whether `name` is `<uuid>.journal`.
    static func isRunFileName(_ name: String) -> Bool {
        let suffix = ".journal"
        guard name.hasSuffix(suffix) else { return false }
        let stem = Array(name.utf8.dropLast(suffix.utf8.count))
        guard stem.count == 36 else { return false }
        return stem.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index)
                ? stem[index] == UInt8(ascii: "-")
                : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(stem[index])
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(stem[index] | 0x20)
        }
    }
}
