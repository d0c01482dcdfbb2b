#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What happened when a generated file was saved.
public enum OutputWriteOutcome: Sendable, Hashable {
    /// The file already had exactly these bytes; it was not touched (its modification time is
    /// unchanged, so nothing that depends on it rebuilds).
    case unchanged
    /// The file was created or replaced.
    case written
}

/// A generated file could not be saved.
public struct OutputWriteError: Error, Sendable, CustomStringConvertible {
    /// The file that was being written.
    public var path: String
    /// What went wrong, as the system said it.
    public var reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write '\(path)': \(reason)" }
}

/// Saves `contents` at `path` only when it differs from what the file holds, and never leaves a
/// half-written file: the bytes go to a temporary file in the same directory, which is then
/// renamed over the destination (an atomic step on POSIX file systems).
/// - Parameters:
///   - contents: The file's new text (written as UTF-8).
///   - path: Where to save it; missing parent directories are created.
/// - Returns: Whether the file was written or already up to date.
/// - Throws: ``OutputWriteError`` when the directory or file cannot be written.
@discardableResult
public func writeOutputFile(_ contents: String, to path: String) throws(OutputWriteError) -> OutputWriteOutcome {
    let bytes = Data(contents.utf8)
    let url = URL(fileURLWithPath: path)
    if let existing = FileManager.default.contents(atPath: path), existing == bytes {
        return .unchanged
    }
    let directory = url.deletingLastPathComponent()
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        throw OutputWriteError(path: path, reason: "cannot create its directory (\(error.localizedDescription))")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp")
    do {
        try bytes.write(to: temporary)
    } catch {
        throw OutputWriteError(path: path, reason: error.localizedDescription)
    }
    guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw OutputWriteError(path: path, reason: reason)
    }
    return .written
}
