/// The record of a request's scheduling attempts, used to reschedule elsewhere.
public struct RetryInfo: Sendable, Hashable {
    /// How many times the request has been scheduled.
    public var attempts: Int
    /// The backends tried so far, in order.
    public var backends: [String]
    /// Why each failed attempt failed.
    public var failures: [String]

    /// Creates retry information.
    public init(attempts: Int = 0, backends: [String] = [], failures: [String] = []) {
        self.attempts = attempts
        self.backends = backends
        self.failures = failures
    }
}
