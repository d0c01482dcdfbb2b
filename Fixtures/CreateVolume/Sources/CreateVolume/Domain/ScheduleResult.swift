/// What scheduling a volume came to.
public enum ScheduleResult: Sendable, Hashable {
    /// The volume was sent to a backend's manager.
    case scheduled(backend: String)
    /// No backend could take the volume; it was set to `error` and the flow still succeeds, as
    /// in Cinder.
    case noValidBackend(reason: String)
}
