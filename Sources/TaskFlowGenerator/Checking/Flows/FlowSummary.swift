/// A flow after its data flow is checked: what its parent sees of it, and what the emitter
/// needs of it.
struct FlowSummary: Sendable {
    /// Whether the flow, its tasks and its nested flows are free of errors.
    var isValid: Bool
    /// The data flow: inputs, optional inputs, outputs.
    var dataFlow: DataFlow
    /// Every task, depth first in listing order, by index into the module's built tasks.
    var tasks: [Int]
    /// The flow's tree, referring to `tasks` by position (children left out when the flow is
    /// invalid).
    var structure: FlowStructure
    /// The resolved children.
    var children: [FlowChild]
    /// The resolved links.
    var links: [FlowLinkModel]
    /// The context type the flow's tasks agree on, with the task that first takes it.
    var context: SymbolUse?
}

extension FlowStructure {
    /// The same tree with every task index moved by `offset`.
    func offsettingTasks(by offset: Int) -> FlowStructure {
        guard offset != 0 else { return self }
        switch self {
        case .task(let index):
            return .task(index + offset)
        case .flow(let name, let pattern, let links, let children):
            return .flow(name: name, pattern: pattern, links: links, children: children.map { $0.offsettingTasks(by: offset) })
        }
    }
}
