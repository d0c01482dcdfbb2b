/// The rule of flows declared on a `public` or `package` type: their generated API takes that
/// access level, so every type it names must have it too.
///
/// `run` names the inputs' types (in `Inputs`), the outputs' types (in `Outputs`), the context
/// type and the owners' types. A type of the module below the flow's level would fail to
/// compile in the generated file ("property must be declared internal because its type uses an
/// internal type"); it is reported at the `- Flow:` line instead, with a note at the type's
/// declaration. Types the generator cannot resolve (imported, typealiases) are left to the
/// compiler.
struct PublicInterface {
    let types: ModuleTypes

    /// Errors for the types of `flow`'s generated API that are less visible than the flow.
    func diagnostics(for flow: CheckedFlow) -> [Diagnostic] {
        let level = flow.flow.access
        guard level > .internal else { return [] }
        var uses: [(what: String, type: String)] = []
        uses += (flow.inputs + flow.optionalInputs).map { ("input '\($0.name)'", $0.type) }
        uses += flow.outputs.map { ("output '\($0.name)'", $0.type) }
        if let context = flow.contextType { uses.append(("the context", context)) }
        uses += flow.owners.map { ("the owner '\($0.name)'", $0.type) }
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for use in uses {
            for culprit in types.typesBelow(level, in: use.type) where reported.insert(culprit.path).inserted {
                let notes = types.declarations[culprit.path].map {
                    [Diagnostic.note("'\(culprit.path)' is declared here", at: $0.nameLocation)]
                } ?? []
                diagnostics.append(.error(
                    "flow '\(flow.flow.name)' is \(level.keyword), and so is its generated API, but \(use.what) has type"
                        + " '\(use.type)' and '\(culprit.path)' is \(culprit.access.keyword); make '\(culprit.path)'"
                        + " \(level == .public ? "public" : "package or public"), or the flow's type \(culprit.access.keyword)",
                    at: flow.flow.annotationLocation, notes: notes))
            }
        }
        return diagnostics
    }
}
