/// How a flow orders its children.
public enum FlowPattern: String, Sendable, Hashable, Codable, CaseIterable {
    /// Children run one after another, in the order they are listed.
    case linear
    /// Children run concurrently; none may consume another's outputs.
    case unordered
    /// Children are ordered by what they require and provide, plus explicit links;
    /// everything that is ready runs at once.
    case graph
}
