/// The error a fake throws by default for an operation set up to fail.
public struct InjectedFailure: Error, Hashable {
    /// The fake's operation, e.g. `quota.reserve`.
    public var operation: String

    /// Creates the error.
    public init(operation: String) {
        self.operation = operation
    }
}
