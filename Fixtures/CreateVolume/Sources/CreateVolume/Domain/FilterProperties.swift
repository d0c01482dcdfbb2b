/// How the scheduler filters backends (Cinder's `filter_properties`).
public struct FilterProperties: Sendable, Hashable {
    /// What earlier attempts tried; `nil` when rescheduling is off for this request.
    public var retry: RetryInfo?

    /// Creates filter properties.
    public init(retry: RetryInfo? = RetryInfo()) {
        self.retry = retry
    }
}
