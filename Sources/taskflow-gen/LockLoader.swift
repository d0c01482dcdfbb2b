import TaskFlowGenerator

/// A lock file named on the command line exists but could not be read.
struct LockReadError: Error, CustomStringConvertible {
    var path: String
    var description: String { "cannot read lock file '\(path)'" }
}

/// Reads the lock file named by `--lock`.
enum LockLoader {
    /// The file's text, or `nil` when nothing is at `path` (no lock: nothing is checked).
    /// - Throws: ``LockReadError`` when something is there but cannot be read as a file.
    static func load(_ path: String?) throws(LockReadError) -> LockFileText? {
        guard let path else { return nil }
        switch FileSystem.kind(of: path) {
        case nil:
            return nil
        case .file:
            guard let bytes = try? FileSystem.contents(of: path) else { throw LockReadError(path: path) }
            return LockFileText(path: path, text: String(decoding: bytes, as: UTF8.self))
        case .directory, .other:
            throw LockReadError(path: path)
        }
    }
}
