/// The rule of durable flows: their state is encoded into a journal, so every symbol's type
/// must be `Codable`.
///
/// The generator can only see the types the module declares. A type the module declares as a
/// `struct`, `enum`, `class` or `actor` whose declaration and extensions never state `Codable`
/// (or both `Encodable` and `Decodable`) is reported at the annotation of the task that
/// provides the symbol (or at the flow, for an input). Any other type — standard, imported,
/// a typealias — is left to the compiler, which checks the generated `State: Codable`.
struct DurableState {
    /// Conformances stated anywhere in the module, by the last component of the type's path.
    private var conformances: [String: Set<String>] = [:]
    /// Kinds of the module's types, by the last component of their path.
    private var kinds: [String: Set<String>] = [:]

    init(files: [FileDeclarations]) {
        for file in files {
            for type in file.types {
                guard let last = type.path.last else { continue }
                conformances[last, default: []].formUnion(type.inheritedTypes)
                if type.kind != "extension" { kinds[last, default: []].insert(type.kind) }
            }
        }
    }

    /// Errors for the symbols of `flow` whose types the module declares without `Codable`.
    func diagnostics(for flow: CheckedFlow) -> [Diagnostic] {
        guard flow.flow.isDurable else { return [] }
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        func check(_ symbol: String, _ type: String, at location: SourceLocation) {
            guard let culprit = nonCodableName(in: type), reported.insert(symbol).inserted else { return }
            diagnostics.append(.error(
                "flow '\(flow.flow.name)' is durable, so its state must be Codable, but '\(symbol)' has type"
                    + " '\(type)' and '\(culprit)' is not Codable; declare '\(culprit): Codable'",
                at: location))
        }
        for task in flow.tasks {
            for provided in task.provides { check(provided.symbol, provided.type, at: provided.location) }
        }
        for input in flow.inputs + flow.optionalInputs {
            check(input.name, input.type, at: flow.flow.annotationLocation)
        }
        return diagnostics
    }

    /// The first type name in `type` that the module declares, and never as `Codable`.
    private func nonCodableName(in type: String) -> String? {
        for start in parseType(type).nameStarts {
            guard let kinds = kinds[start.name] else { continue }
            let stated = conformances[start.name] ?? []
            let codable = stated.contains("Codable") || (stated.contains("Encodable") && stated.contains("Decodable"))
            if kinds == ["actor"] || !codable { return start.name }
        }
        return nil
    }
}
