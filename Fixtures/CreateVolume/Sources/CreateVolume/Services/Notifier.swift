/// How important a notification is.
public enum NotificationPriority: String, Sendable, Hashable {
    /// Normal progress.
    case info = "INFO"
    /// A failure.
    case error = "ERROR"
}

/// Sends usage and error notifications (Cinder's `rpc.get_notifier`).
public protocol Notifier: Sendable {
    /// Sends one notification.
    /// - Parameters:
    ///   - event: The event type, e.g. `volume.create.start`.
    ///   - priority: How important it is.
    ///   - volumeID: The volume it is about.
    ///   - detail: What happened, for error notifications.
    /// - Throws: When the notification cannot be sent.
    func notify(_ event: String, priority: NotificationPriority, volumeID: String, detail: String?) throws
}
