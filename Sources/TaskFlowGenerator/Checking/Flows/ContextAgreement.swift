/// Checks that every child of a flow that takes a context takes the same type, and returns it.
///
/// The first context-taking child decides; a child whose context type certainly differs is an
/// error at its place in the `tasks` list, one that only the compiler can compare gets a note.
/// - Parameters:
///   - units: The children, each with the context its tasks (and reverts) agree on.
///   - types: The module's types.
/// - Returns: The flow's context, and diagnostics.
func agreeOnContext(_ units: [FlowUnit], types: ModuleTypes) -> (context: SymbolUse?, diagnostics: [Diagnostic]) {
    var first: SymbolUse?
    var diagnostics: [Diagnostic] = []
    for unit in units {
        guard let context = unit.context else { continue }
        guard let agreed = first else {
            first = context
            continue
        }
        switch types.same(agreed.type, context.type) {
        case .compatible:
            continue
        case .different:
            diagnostics.append(.error(
                "'\(context.task)' takes context '\(context.type)' but '\(agreed.task)' takes '\(agreed.type)'; all tasks of a flow (and its nested flows and reverts) share one context type",
                at: unit.written.location,
                notes: [.note("'\(agreed.task)' is declared here", at: agreed.taskLocation),
                        .note("'\(context.task)' is declared here", at: context.taskLocation)]))
        case .undecided:
            diagnostics.append(.note(
                "'\(context.task)' takes context '\(context.type)' and '\(agreed.task)' takes '\(agreed.type)'; the generator cannot tell whether these are the same type, so the generated code lets the compiler check it",
                at: unit.written.location))
        }
    }
    return (first, diagnostics)
}
