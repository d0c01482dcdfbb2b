/// An explicit ordering edge between two children of a graph flow.
///
/// Children are named by task name or, for a nested flow, by flow name.
public struct FlowLink: Sendable, Hashable, Codable {
    /// The child that must finish first.
    public var from: String
    /// The child that waits for `from`.
    public var to: String

    /// Creates a link saying that `to` runs after `from`.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
