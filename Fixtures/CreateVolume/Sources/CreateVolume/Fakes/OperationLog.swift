import Synchronization

/// The operations a fake performed, in order, one readable line each.
///
/// Only operations that succeeded are recorded, so a test can compare a fake's log with the
/// exact work (and compensations) it expects.
public final class OperationLog: Sendable {
    private let lines = Mutex<[String]>([])

    /// Creates an empty log.
    public init() {}

    /// What was recorded, oldest first.
    public var entries: [String] { lines.withLock { $0 } }

    /// Records one operation.
    func record(_ line: String) {
        lines.withLock { $0.append(line) }
    }
}
