/// Reads a type's `- Flow:` block and checks the declaration rules on it.
///
/// - Parameters:
///   - type: The annotated declaration.
///   - block: Its `- Flow:` block.
///   - types: The module's types (to check enclosing types).
/// - Returns: The flow, and the diagnostics found.
func buildFlow(_ type: TypeDeclaration, block: AnnotationBlock, types: ModuleTypes) -> (flow: DeclaredFlow, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let name = block.value.text.isEmpty ? type.name : block.value.text
    let role = "flow '\(name)'"
    switch type.kind {
    case "struct", "enum", "class", "actor":
        break
    case "extension":
        diagnostics.append(.error("'- Flow:' goes on the type's own declaration, not on an extension", at: block.location))
    default:
        diagnostics.append(.error(
            "'- Flow:' goes on a struct, enum, class or actor (usually an empty enum), not on a \(type.kind)",
            at: block.location))
    }
    if type.isGeneric {
        diagnostics.append(.error("\(role): '\(type.name)' is generic; a flow is declared on a non-generic type", at: block.location))
    }
    for depth in 1...max(1, type.path.count) where depth <= type.path.count {
        let path = type.path[0..<depth].joined(separator: ".")
        let modifiers = depth == type.path.count ? type.modifiers : (types.declarations[path]?.modifiers ?? [])
        if let access = modifiers.first(where: { $0 == "private" || $0 == "fileprivate" }) {
            diagnostics.append(.error(
                "\(role): '\(path)' is '\(access)'; generated code lives in another file — make it internal",
                at: block.location))
        }
    }
    if !isSwiftIdentifier(name) {
        diagnostics.append(.error("flow name '\(name)' is not a Swift identifier (letters, digits and '_')", at: block.value.location))
    }

    var pattern = FlowPatternKind.linear
    if let entry = block.entry("pattern") {
        switch parsePattern(entry.value) {
        case .success(let parsed): pattern = parsed
        case .failure(let error): diagnostics.append(error.diagnostic)
        }
    }

    var children: [ListElement] = []
    if let entry = block.entry("tasks") {
        let (elements, listDiagnostics) = splitList(entry.value, key: "tasks")
        diagnostics += listDiagnostics
        for element in elements {
            if isDottedIdentifier(element.text) {
                children.append(element)
            } else {
                diagnostics.append(.error("'\(element.text)' is not a task or flow name", at: element.location))
            }
        }
    } else {
        diagnostics.append(.error("\(role) lists no tasks; add '- tasks: first, second, …'", at: block.location))
    }

    var links: [LinkItem] = []
    for entry in block.entries("link") {
        guard pattern == .graph else {
            diagnostics.append(.error(
                "'link' is only valid in graph flows; \(role) is \(pattern.rawValue) — use '- pattern: graph' or remove the link",
                at: entry.keyLocation))
            continue
        }
        switch parseLink(entry) {
        case .success(let link): links.append(link)
        case .failure(let error): diagnostics.append(error.diagnostic)
        }
    }

    var isDurable = false
    if let entry = block.entry("durable") {
        switch entry.value.text {
        case "true": isDurable = true
        case "false": isDurable = false
        default:
            diagnostics.append(.error(
                "'durable' is 'true' or 'false', not '\(entry.value.text)'", at: entry.value.location))
        }
    }

    var version = Version.initial
    if let entry = block.entry("version") {
        switch parseVersion(entry.value) {
        case .success(let parsed): version = parsed
        case .failure(let error): diagnostics.append(error.diagnostic)
        }
    }

    var flow = DeclaredFlow(
        declaration: type, block: block, name: name, pattern: pattern, children: children, links: links,
        hasErrors: diagnostics.containsError)
    flow.isDurable = isDurable
    flow.version = version
    return (flow, diagnostics)
}
