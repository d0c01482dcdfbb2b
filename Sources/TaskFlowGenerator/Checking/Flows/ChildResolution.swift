/// What a name in a flow's `tasks` list refers to.
enum ResolvedChild: Sendable, Hashable {
    /// A task, by index into the module's built tasks.
    case task(Int)
    /// A flow, by index into the module's declared flows.
    case flow(Int)
}

/// Resolves the names in `tasks` lists: a task name, else the base name of a function carrying
/// `- Task:` (when unique), else a flow type's full dotted path or last component (when unique).
struct ChildResolver {
    private var tasksByName: [String: Int] = [:]
    private var tasksByFunction: [String: [Int]] = [:]
    private var flowsByPath: [String: Int] = [:]
    private var flowsByLastComponent: [String: [Int]] = [:]
    private var typeNames: Set<String> = []
    private let tasks: [BuiltTask]
    private let flows: [DeclaredFlow]
    /// Suggestions compare a name with every task name; only the first few unknown names get
    /// one, so that a module full of typos is still checked in linear time.
    private var suggestionsLeft = 20

    /// Indexes the module's tasks, flows and types once.
    init(tasks: [BuiltTask], flows: [DeclaredFlow], types: ModuleTypes) {
        self.tasks = tasks
        self.flows = flows
        for (index, task) in tasks.enumerated() {
            if tasksByName[task.model.name] == nil { tasksByName[task.model.name] = index }
            tasksByFunction[task.declaration.name, default: []].append(index)
        }
        for (index, flow) in flows.enumerated() {
            if flowsByPath[flow.typeName] == nil { flowsByPath[flow.typeName] = index }
            if let last = flow.declaration.path.last { flowsByLastComponent[last, default: []].append(index) }
        }
        for path in types.kinds.keys {
            typeNames.insert(path)
            if let last = path.split(separator: ".").last { typeNames.insert(String(last)) }
        }
    }

    /// The child `element` names, or the error saying why it names none.
    mutating func resolve(_ element: ListElement) -> Result<ResolvedChild, DiagnosticError> {
        let name = element.text
        if let index = tasksByName[name] { return .success(.task(index)) }
        if let candidates = tasksByFunction[name] {
            if candidates.count == 1 { return .success(.task(candidates[0])) }
            return .failure(DiagnosticError(.error(
                "'\(name)' is ambiguous: \(candidates.count) functions of that name carry '- Task:'; use a task name (\(candidates.map { "'\(tasks[$0].model.name)'" }.joined(separator: ", ")))",
                at: element.location,
                notes: candidates.map { .note("task '\(tasks[$0].model.name)' is '\(tasks[$0].model.function.signature)'", at: tasks[$0].model.annotationLocation) })))
        }
        if let index = flowsByPath[name] { return .success(.flow(index)) }
        if let candidates = flowsByLastComponent[name] {
            if candidates.count == 1 { return .success(.flow(candidates[0])) }
            return .failure(DiagnosticError(.error(
                "'\(name)' is ambiguous: it names the flow types \(candidates.map { "'\(flows[$0].typeName)'" }.joined(separator: ", ")); write the full type path",
                at: element.location)))
        }
        if typeNames.contains(name) {
            return .failure(DiagnosticError(.error(
                "type '\(name)' carries no '- Flow:' annotation, so it cannot be nested", at: element.location)))
        }
        var suggestion: String?
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            suggestion = closestMatch(to: name, in: tasksByName.keys) ?? closestMatch(to: name, in: flowsByPath.keys)
        }
        return .failure(DiagnosticError(.error(
            "unknown task or flow '\(name)'; "
                + (suggestion.map { "did you mean '\($0)'?" } ?? "name a task, a function carrying '- Task:', or a type carrying '- Flow:'"),
            at: element.location)))
    }
}
