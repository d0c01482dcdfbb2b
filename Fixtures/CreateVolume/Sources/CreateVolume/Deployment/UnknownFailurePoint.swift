/// A task no failure can be injected into.
public struct UnknownFailurePoint: Error {
    /// The task asked for.
    public var task: String
}
