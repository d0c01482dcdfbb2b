/// Maps a task's `provides` names onto its return value.
///
/// One name stores the whole value (tuple or not). Several names need a tuple of that arity:
/// names equal to element labels take those elements, in any order; the others take the
/// unlabelled elements in order. In a fully labelled tuple every name must be a label.
/// - Parameters:
///   - entry: The `provides` entry.
///   - returnType: The task's return type (qualified), `nil` for `Void`.
///   - role: Names the task in messages.
/// - Returns: The provided symbols, and diagnostics for what does not fit.
func mapProvides(_ entry: AnnotationEntry, returnType: String?, role: String) -> (provides: [ProvidedSymbol], diagnostics: [Diagnostic]) {
    var (elements, diagnostics) = splitList(entry.value, key: "provides")
    var seen: [String: SourceLocation] = [:]
    elements = elements.filter { element in
        if !isSwiftIdentifier(element.text) {
            diagnostics.append(.error("'\(element.text)' is not a valid symbol name; symbols are Swift identifiers", at: element.location))
            return false
        }
        if element.text == "context" {
            diagnostics.append(.error("'context' is not a symbol (the engine passes the flow's context); provide another name", at: element.location))
            return false
        }
        if let first = seen[element.text] {
            diagnostics.append(.error("'\(element.text)' is provided twice", at: element.location,
                                      notes: [.note("first listed here", at: first)]))
            return false
        }
        seen[element.text] = element.location
        return true
    }
    guard !elements.isEmpty else { return ([], diagnostics) }
    guard let returnType else {
        diagnostics.append(.error(
            "\(role) returns nothing, so it cannot provide \(quotedList(elements.map(\.text))); return a value or remove 'provides'",
            at: entry.keyLocation))
        return ([], diagnostics)
    }
    if elements.count == 1 {
        return ([ProvidedSymbol(symbol: elements[0].text, type: returnType, access: .whole, location: elements[0].location)], diagnostics)
    }
    guard let tuple = tupleElements(of: returnType), tuple.count == elements.count else {
        let shape = tupleElements(of: returnType).map { "a tuple of \($0.count)" } ?? "not a tuple"
        diagnostics.append(.error(
            "\(role) provides \(elements.count) symbols, so it must return a tuple of \(elements.count) elements; it returns '\(returnType)' (\(shape))",
            at: entry.keyLocation))
        return ([], diagnostics)
    }
    let labels = tuple.compactMap(\.label)
    var used = Array(repeating: false, count: tuple.count)
    var byName: [String: Int] = [:]
    for element in elements {
        if let index = tuple.firstIndex(where: { $0.label == element.text }) {
            byName[element.text] = index
            used[index] = true
        }
    }
    var provides: [ProvidedSymbol] = []
    for element in elements {
        let index: Int
        if let labelled = byName[element.text] {
            index = labelled
        } else if let free = tuple.indices.first(where: { !used[$0] && tuple[$0].label == nil }) {
            index = free
            used[free] = true
        } else {
            diagnostics.append(.error(
                "'\(element.text)' matches no element of '\(returnType)'; the labels are \(quotedList(labels))",
                at: element.location))
            continue
        }
        provides.append(ProvidedSymbol(
            symbol: element.text, type: tuple[index].type,
            access: .element(index: index, label: tuple[index].label), location: element.location))
    }
    return (provides, diagnostics)
}
