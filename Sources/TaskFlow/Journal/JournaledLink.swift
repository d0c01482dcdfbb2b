/// A link of a flow as a journal remembers it: task `to` starts only after task `from` — both
/// indices into ``RunHeader/tasks``.
///
/// Every ordering the flow imposes is a link: a linear flow's consecutive children, a graph
/// flow's links and the order its symbols imply. A run resumes only under a flow with the same
/// tasks, in the same order, with the same links.
public struct JournaledLink: Sendable, Hashable, Codable {
    /// The task that runs first.
    public var from: Int
    /// The task that runs after it.
    public var to: Int

    /// Creates a journaled link.
    /// - Parameters:
    ///   - from: The index of the task that runs first.
    ///   - to: The index of the task that runs after it.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }
}
