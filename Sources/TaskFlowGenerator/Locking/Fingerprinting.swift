/// A target's lock entry as its checked flows are now, with where each locked flow and task is
/// declared (for diagnostics).
public struct LockSnapshot: Sendable, Hashable {
    /// The entry `swift package taskflow lock` would write for the target.
    public var entry: TargetLock
    /// The `- Flow:` item of each durable flow, by flow name.
    public var flowLocations: [String: SourceLocation]
    /// The `- Task:` item of each locked task, by task name.
    public var taskLocations: [String: SourceLocation]

    /// Fingerprints the durable flows of a checked module and their tasks, nested flows' tasks
    /// included. Flows that are not durable are left out: no run of theirs outlives a process.
    /// - Parameter module: The checked module.
    public init(module: CheckedModule) {
        var entry = TargetLock()
        var flowLocations: [String: SourceLocation] = [:]
        var taskLocations: [String: SourceLocation] = [:]
        for flow in module.flows where flow.flow.isDurable {
            entry.flows[flow.flow.name] = FlowLock(checked: flow)
            flowLocations[flow.flow.name] = flow.flow.annotationLocation
            for task in flow.tasks {
                entry.tasks[task.name] = TaskLock(version: task.version, fingerprint: TaskFingerprint(task: task))
                taskLocations[task.name] = task.annotationLocation
            }
        }
        self.entry = entry
        self.flowLocations = flowLocations
        self.taskLocations = taskLocations
    }
}

extension FlowLock {
    /// The version and structure of a checked flow: its shape and each nested flow's, walked
    /// without recursion.
    init(checked flow: CheckedFlow) {
        var root = FlowShape(pattern: flow.flow.pattern.rawValue, children: [])
        var nested: [String: FlowShape] = [:]
        var pending: [(path: String?, structure: FlowStructure)] = [(nil, flow.structure)]
        while let (path, structure) = pending.popLast() {
            guard case .flow(_, let pattern, let links, let children) = structure else { continue }
            var names: [String] = []
            for child in children {
                switch child {
                case .task(let index):
                    names.append(flow.tasks[index].name)
                case .flow(let name, _, _, _):
                    names.append(name)
                    pending.append((path.map { $0 + "/" + name } ?? name, child))
                }
            }
            let shape = FlowShape(
                pattern: pattern.rawValue, children: names, links: links.map { "\($0.from) -> \($0.to)" })
            if let path { nested[path] = shape } else { root = shape }
        }
        self.init(version: flow.flow.version, root: root, nested: nested)
    }
}

extension TaskFingerprint {
    /// The fingerprint of a checked task.
    init(task: TaskModel) {
        var parameters: [String] = []
        var requires: [String] = []
        for (name, argument) in zip(task.parameterNames, task.arguments) {
            switch argument {
            case .context(_, let type):
                parameters.append("\(name): \(type)")
            case .symbol(_, let symbol, let type, _, _):
                parameters.append("\(name): \(type)")
                requires.append(symbol == name ? symbol : "\(symbol) as \(name)")
            }
        }
        let returns = task.returnType ?? "Void"
        let revert = task.revert.map { revert in
            "(" + revert.arguments.map { argument in
                switch argument {
                case .symbol(_, let symbol, let type, _, _): "\(symbol): \(type)"
                case .result(_, let isOptional): "result: \(returns)\(isOptional ? "?" : "")"
                case .failure: "failure: RevertCause"
                case .context(_, let type): "context: \(type)"
                }
            }.joined(separator: ", ") + ")"
        }
        self.init(
            parameters: parameters, requires: requires, returns: returns, provides: task.provides.map(\.symbol),
            revert: revert)
    }
}
