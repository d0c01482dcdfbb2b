/// A project asked for more quota than it has left.
public struct QuotaExceeded: Error, Hashable {
    /// The project.
    public var projectID: String
    /// The GiB asked for.
    public var requested: Int
    /// The project's limit in GiB.
    public var limit: Int
}
