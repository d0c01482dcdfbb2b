/// The error a fake throws by default for an operation set up to fail.
public struct InjectedFailure: Error, Hashable, CustomStringConvertible {
    /// The fake's operation, e.g. `quota.reserve`.
    public var operation: String

    /// Creates the error.
    public init(operation: String) {
        self.operation = operation
    }

    public var description: String { "injected failure in \(operation)" }
}
