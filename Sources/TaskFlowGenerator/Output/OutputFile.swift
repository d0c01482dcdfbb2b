#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    let bytes = Array(contents.utf8)
    if OutputFileSystem.contents(of: path) == bytes {
        return .unchanged
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    if let reason = OutputFileSystem.createDirectories(directory.isEmpty ? "/" : directory) {
        throw OutputWriteError(path: path, reason: "cannot create its directory (\(reason))")
    }
    let temporary = directory + "/.\(name).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp"
    if let reason = OutputFileSystem.write(bytes, toNew: temporary) {
        throw OutputWriteError(path: path, reason: reason)
    }
    guard rename(temporary, path) == 0 else {
        let reason = OutputFileSystem.lastError()
        unlink(temporary)
        throw OutputWriteError(path: path, reason: reason)
    }
    return .written
}

/// The POSIX calls behind ``writeOutputFile(_:to:)``: the generator uses no Foundation, which
/// makes the build plugin's tool quicker to compile and link in every consumer's first build.
private enum OutputFileSystem {
    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Creates `directory` and its missing parents.
    /// - Returns: Why that failed, or `nil` when the directory exists now.
    static func createDirectories(_ directory: String) -> String? {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o777) != 0, errno != EEXIST { return lastError() }
        }
        var status = stat()
        guard stat(directory, &status) == 0 else { return lastError() }
        return status.st_mode & S_IFMT == S_IFDIR ? nil : String(cString: strerror(ENOTDIR))
    }

    /// Writes `bytes` to a file at `path` that must not exist yet (created with the usual
    /// permissions: read and write for all, less the process's umask).
    /// - Returns: Why that failed (the partial file is then removed), or `nil` on success.
    static func write(_ bytes: [UInt8], toNew path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { return lastError() }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc_write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return lastError() }
                written += result
            }
            return nil
        }
        let closed = close(descriptor) == 0 ? nil : lastError()
        if let reason = failure ?? closed {
            unlink(path)
            return reason
        }
        return nil
    }

    /// The system's description of `errno`.
    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

// `write` is also the name of a member of `OutputFileSystem`; this reaches the C function.
private func Glibc_write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
