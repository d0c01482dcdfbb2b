/// What the workshop's tasks did, in order, and which task must fail: the flows' context.
///
/// Main-actor isolated, like every declaration of this module, and so `Sendable`.
public final class Ledger {
    /// Every call a task or revert made, in order.
    public private(set) var entries: [String] = []
    /// The task that throws ``ServiceFailure`` instead of doing its work, if any.
    public let failing: String?

    /// A ledger whose task `failing` (if any) fails.
    public init(failing: String? = nil) {
        self.failing = failing
    }

    /// Records a call; throws when `task` is the one that must fail.
    func record(_ entry: String, task: String) throws {
        entries.append(entry)
        if task == failing { throw ServiceFailure(task: task) }
    }

    /// Records a revert.
    func record(_ entry: String) {
        entries.append(entry)
    }
}

/// The failure a ledger injects.
public struct ServiceFailure: Error, Equatable {
    /// The task that failed.
    public var task: String
}
