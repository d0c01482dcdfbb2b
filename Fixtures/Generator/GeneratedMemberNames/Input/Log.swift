import Synchronization

/// What the tasks of this fixture did, in order.
final class Log: Sendable {
    private let entries = Mutex<[String]>([])

    func record(_ entry: String) {
        entries.withLock { $0.append(entry) }
    }

    var all: [String] {
        entries.withLock { $0 }
    }
}

/// The error a task throws when a test makes it fail.
struct InjectedFailure: Error, Equatable {
    var task: String
}
