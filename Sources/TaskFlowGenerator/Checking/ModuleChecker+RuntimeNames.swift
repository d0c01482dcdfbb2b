extension ModuleChecker {
    /// The runtime's types that generated code names: unqualified, unless the module hides one.
    static let runtimeTypeNames: Set<String> = [
        "Engine", "Flow", "FlowTask", "FlowStore", "FlowNode", "FlowLink", "FlowMetadata",
        "TaskMetadata", "TaskVersion", "RevertCause", "RunID",
    ]

    /// The runtime type names that the module's own types and type aliases hide from its
    /// generated code, sorted: those the generated file names `TaskFlow.Engine` instead of
    /// `Engine`.
    ///
    /// Generated code lives at file scope and in extensions of flow types, so a declaration hides
    /// a runtime type there when it is top-level, or nested in a flow's type or in a type
    /// enclosing one (unqualified look-up in `extension Outer.Payment` searches `Payment`, then
    /// `Outer`).
    func hiddenRuntimeNames() -> [String] {
        guard !flows.isEmpty else { return [] }
        var hidden: Set<String> = []
        for type in hidingTypes(named: Self.runtimeTypeNames) { hidden.insert(type.name) }
        return hidden.sorted()
    }

    /// Reports a type named `TaskFlow` where generated code that qualifies hidden runtime names
    /// would find it instead of the `TaskFlow` module.
    /// - Parameter hidden: What ``hiddenRuntimeNames()`` returned.
    mutating func checkRuntimeModuleName(hidden: [String]) {
        guard let first = hidden.first else { return }
        for type in hidingTypes(named: ["TaskFlow"]) {
            diagnostics.append(.error(
                "\(type.kind) '\(type.name)' hides the TaskFlow module, which the generated flows name to reach "
                    + "TaskFlow's '\(first)' (the module's own '\(first)' hides it); rename one of them",
                at: type.location))
        }
    }

    /// A type or type alias of the module, as far as hiding a name goes.
    private struct NamedType {
        var kind: String
        var name: String
        var location: SourceLocation
    }

    /// The module's types and type aliases named one of `names` that generated code would find
    /// first.
    private func hidingTypes(named names: Set<String>) -> [NamedType] {
        let flowPaths = flows.map(\.declaration.path)
        func isSeenByGeneratedCode(_ path: [String]) -> Bool {
            let enclosing = path.dropLast()
            return enclosing.isEmpty || flowPaths.contains { $0.starts(with: enclosing) }
        }
        var found: [NamedType] = []
        for file in files {
            for type in file.types
            where type.kind != "extension" && names.contains(type.name) && isSeenByGeneratedCode(type.path) {
                found.append(NamedType(kind: type.kind, name: type.name, location: type.nameLocation))
            }
            for alias in file.typeAliases where names.contains(alias.name) && isSeenByGeneratedCode(alias.path) {
                found.append(NamedType(kind: "typealias", name: alias.name, location: alias.nameLocation))
            }
        }
        return found
    }
}
