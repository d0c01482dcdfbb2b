/// An in-memory notifier that keeps what it sent.
public final class FakeNotifier: Notifier {
    /// The operations failures can be planned for.
    public enum Operation: String, Sendable, CaseIterable {
        case info = "notifier.info"
        case error = "notifier.error"
    }

    /// Failures to throw, per operation.
    public let failures = FailurePlan<Operation>()
    /// The notifications sent.
    public let log = OperationLog()

    /// Creates a notifier.
    public init() {}

    public func notify(_ event: String, priority: NotificationPriority, volumeID: String, detail: String?) throws {
        try failures.check(priority == .info ? .info : .error)
        log.record("\(priority.rawValue) \(event) \(volumeID)" + (detail.map { ": \($0)" } ?? ""))
    }
}
