/// Why a flow is reverting; what a revert function receives as its `failure` parameter.
public struct RevertCause: Sendable, CustomStringConvertible {
    /// The errors that made the flow revert, each with the task that threw it, in the order
    /// they happened. Never empty.
    public var failures: [TaskError]

    /// Creates a cause from the failures that started the revert.
    public init(failures: [TaskError]) {
        precondition(!failures.isEmpty, "a revert has at least one cause")
        self.failures = failures
    }

    /// The first failure: the one that stopped the flow.
    public var first: TaskError { failures[0] }

    /// Whether the flow reverts because the Swift task running it was cancelled.
    public var isCancellation: Bool {
        failures.contains { $0.error is CancellationError }
    }

    /// Whether any failure is an error of type `type`.
    public func contains<E: Error>(_ type: E.Type) -> Bool {
        failures.contains { $0.error is E }
    }

    /// Whether any failure's error satisfies `predicate`.
    public func contains(where predicate: (any Error) -> Bool) -> Bool {
        failures.contains { predicate($0.error) }
    }

    public var description: String {
        failures.map(\.description).joined(separator: "; ")
    }
}
