import Synchronization

/// What the tasks of this fixture did, in order: the tests read it to check execution and
/// revert order.
final class Log: Sendable {
    private let entries = Mutex<[String]>([])

    func record(_ entry: String) {
        entries.withLock { $0.append(entry) }
    }

    var all: [String] {
        entries.withLock { $0 }
    }
}

/// The error the fixtures' tasks throw when told to fail.
struct InjectedFailure: Error, Equatable {
    var task: String
}
