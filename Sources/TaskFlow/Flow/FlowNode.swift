/// One element of a flow's structure: a task, or a nested flow with its own pattern.
///
/// Nested flows share their parent's state: a symbol a nested task provides is visible to
/// the tasks that come after it, as in TaskFlow.
public indirect enum FlowNode<State: Sendable, Context: Sendable>: Sendable {
    /// A task.
    case task(FlowTask<State, Context>)
    /// A nested flow.
    case flow(name: String, pattern: FlowPattern, links: [FlowLink], children: [FlowNode])

    /// A flow whose children run one after another.
    public static func linear(_ name: String, _ children: [FlowNode]) -> FlowNode {
        .flow(name: name, pattern: .linear, links: [], children: children)
    }

    /// A flow whose children run concurrently.
    public static func unordered(_ name: String, _ children: [FlowNode]) -> FlowNode {
        .flow(name: name, pattern: .unordered, links: [], children: children)
    }

    /// A flow whose children are ordered by requires/provides and by `links`.
    public static func graph(_ name: String, links: [FlowLink] = [], _ children: [FlowNode]) -> FlowNode {
        .flow(name: name, pattern: .graph, links: links, children: children)
    }

    /// The task's name, or the nested flow's name.
    public var name: String {
        switch self {
        case .task(let task): task.name
        case .flow(let name, _, _, _): name
        }
    }

    /// A lower bound on the number of tasks in the node, found without walking it: exact for a
    /// task and for a flow of tasks, the most common shapes. Building reserves this much room.
    @inlinable
    var minimumTaskCount: Int {
        switch self {
        case .task: 1
        case .flow(_, _, _, let children): children.count
        }
    }
}
