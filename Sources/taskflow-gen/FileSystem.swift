#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the tool makes, on POSIX directly: the tool links no Foundation, so
/// every consumer of the build plugin compiles and links it sooner.
enum FileSystem {
    /// What a path names.
    enum Kind {
        case file
        case directory
        case other
    }

    /// What `path` names, or `nil` when nothing is there (or it cannot be examined).
    static func kind(of path: String) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The bytes of the file at `path`.
    /// - Throws: The `errno` of the call that failed, and which call.
    static func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileSystemError(operation: "open", errno: errno) }
        defer { _ = close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "read", errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The names in the directory at `path` (without `.` and `..`), in no particular order.
    /// - Throws: The `errno` of `opendir` when the directory cannot be read.
    static func names(in path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw FileSystemError(operation: "opendir", errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// When the file at `path` was last modified, in seconds since 1970, or `nil` when it cannot
    /// be examined.
    static func modificationTime(of path: String) -> Double? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}

/// A system call on a file failed.
struct FileSystemError: Error {
    /// The call, e.g. `open`.
    var operation: String
    /// Its `errno`.
    var errno: Int32
}
