/// A flow's structure or data flow is invalid, found when the ``Flow`` is built.
///
/// The generator reports the same problems at build time for annotated flows; flows built by
/// hand with ``Flow/init(inputs:optionalInputs:root:)`` get them here. Each case names the tasks
/// and symbols involved; ``description`` says what to change.
public enum FlowDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two tasks of the flow (or of its nested flows) have the same name.
    case duplicateTaskName(String)
    /// A required symbol is provided by no task and supplied by no input.
    case missingRequirement(symbol: String, consumers: [String])
    /// In a linear flow, a task requires a symbol that only a later child provides.
    case providedLater(symbol: String, consumer: String, providers: [String], flow: String)
    /// A symbol is provided twice where that is not allowed: a second provider in a linear flow
    /// that does not also require the symbol, or two children of an unordered flow.
    case duplicateProvider(symbol: String, providers: [String], flow: String)
    /// In an unordered flow, a child requires a symbol that a sibling provides.
    case siblingDependency(symbol: String, consumers: [String], providers: [String], flow: String)
    /// In a graph flow, two children provide the same symbol, so a consumer's order is ambiguous.
    case ambiguousProvider(symbol: String, providers: [String], flow: String)
    /// In a graph flow, a child requires a symbol it provides itself and no input supplies it.
    case requiresOwnOutput(task: String, symbol: String, flow: String)
    /// The ordering of tasks has a cycle; `tasks` lists the tasks on it, in order.
    case cycle(tasks: [String])
    /// A link of a graph flow names no child of that flow.
    case unknownLinkEndpoint(name: String, flow: String)
    /// A linear or unordered flow has links; only graph flows may.
    case linkOutsideGraph(flow: String)

    /// What is wrong, naming the tasks, symbols and flow involved, and what to change.
    public var description: String {
        switch self {
        case .duplicateTaskName(let name):
            return "two tasks are named '\(name)'; task names must be unique within a flow and its nested flows"
        case .missingRequirement(let symbol, let consumers):
            return "\(Self.list(consumers)) \(consumers.count == 1 ? "requires" : "require") '\(symbol)', "
                + "but no task provides it and it is not an input; add it to the flow's inputs or add a task that provides it"
        case .providedLater(let symbol, let consumer, let providers, let flow):
            return "in linear flow '\(flow)', '\(consumer)' requires '\(symbol)', which only the later "
                + "\(Self.list(providers)) \(providers.count == 1 ? "provides" : "provide"); move the provider before the consumer"
        case .duplicateProvider(let symbol, let providers, let flow):
            return "in flow '\(flow)', '\(symbol)' is provided by both \(Self.list(providers)); "
                + "rename one output, or (in a linear flow) make the later task also require it to transform it"
        case .siblingDependency(let symbol, let consumers, let providers, let flow):
            return "in unordered flow '\(flow)', \(Self.list(consumers)) \(consumers.count == 1 ? "requires" : "require") '\(symbol)', "
                + "which the sibling \(Self.list(providers)) \(providers.count == 1 ? "provides" : "provide"); "
                + "siblings run concurrently, so use a linear or graph flow"
        case .ambiguousProvider(let symbol, let providers, let flow):
            return "in graph flow '\(flow)', '\(symbol)' is provided by both \(Self.list(providers)), "
                + "so the order of its consumers is ambiguous; give each output its own name"
        case .requiresOwnOutput(let task, let symbol, let flow):
            return "in graph flow '\(flow)', '\(task)' requires '\(symbol)', which it provides itself; "
                + "make '\(symbol)' an input of the flow or rename the output"
        case .cycle(let tasks):
            return "the tasks form a cycle: \((tasks + tasks.prefix(1)).map { "'\($0)'" }.joined(separator: " -> ")); "
                + "remove a link or a requirement to break it"
        case .unknownLinkEndpoint(let name, let flow):
            return "a link of graph flow '\(flow)' names '\(name)', which is not a child of that flow"
        case .linkOutsideGraph(let flow):
            return "flow '\(flow)' has links, but only graph flows may; make it a graph flow or remove the links"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
