/// The structure of a flow without its adapters: what ``FlowCompiler`` walks.
///
/// Flattening a generic ``FlowNode`` tree into a shape (and the tasks' metadata into an array)
/// lets the compiler be non-generic: compiled once in the `TaskFlow` module, it never looks up
/// generic metadata or copies a `FlowTask` through value witnesses.
enum FlowShape {
    /// A task, with the parts of its metadata compiling reads; tasks are numbered depth first,
    /// in listing order.
    case task(name: String, requires: [String], provides: [String], optional: [String])
    /// A nested flow.
    case flow(name: String, pattern: FlowPattern, links: [FlowLink], children: [FlowShape])

    /// The shape of `node`, appending every task it holds to `tasks`, depth first.
    /// - Throws: ``FlowDefinitionError/linkOutsideGraph(flow:)`` for links outside a graph flow.
    init<State, Context>(
        _ node: FlowNode<State, Context>, collecting tasks: inout [FlowTask<State, Context>]
    ) throws(FlowDefinitionError) {
        switch node {
        case .task(let task):
            tasks.append(task)
            let metadata = task.metadata
            self = .task(
                name: metadata.name, requires: metadata.requires, provides: metadata.provides, optional: metadata.optional
            )
        case .flow(let name, let pattern, let links, let children):
            if pattern != .graph, !links.isEmpty { throw .linkOutsideGraph(flow: name) }
            var shapes: [FlowShape] = []
            shapes.reserveCapacity(children.count)
            for child in children { shapes.append(try FlowShape(child, collecting: &tasks)) }
            self = .flow(name: name, pattern: pattern, links: links, children: shapes)
        }
    }
}
