/// A journal directory or one of its run files could not be read.
enum JournalReadError: Error, CustomStringConvertible {
    /// A record before the last one in `file` fails its checksum or cannot be read.
    case corrupted(file: String, offset: Int)
    /// A system call on `file` failed with `errno`.
    case io(file: String, operation: String, errno: Int32)

    var description: String {
        switch self {
        case .corrupted(let file, let offset):
            "journal \(file) is corrupted at byte offset \(offset); the records before it are intact"
        case .io(let file, let operation, let errno):
            "journal \(file): \(operation) failed with errno \(errno)"
        }
    }
}
