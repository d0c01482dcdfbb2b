extension ModuleChecker {
    /// The runtime's types that generated code names: unqualified, unless the module hides one.
    static let runtimeTypeNames: Set<String> = [
        "Engine", "Flow", "FlowTask", "FlowStore", "FlowNode", "FlowLink", "FlowMetadata",
        "TaskMetadata", "TaskVersion", "RevertCause", "RunID",
    ]

    /// The runtime's functions that generated code calls: unqualified, unless the module hides one.
    static let runtimeFunctionNames: Set<String> = ["requireSymbol", "maybeIsolated"]

    /// The runtime names that the module's own declarations hide from its generated code, sorted:
    /// those the generated file writes `TaskFlow.Engine` or `TaskFlow.requireSymbol` instead of
    /// `Engine` or `requireSymbol`. Types and type aliases hide runtime types; functions (of any
    /// signature, since an overload of the same name can make a call ambiguous) hide runtime
    /// functions.
    ///
    /// Generated code lives at file scope and in extensions of flow types, so a declaration hides
    /// a runtime name there when it is top-level, or nested in a flow's type or in a type
    /// enclosing one (unqualified look-up in `extension Outer.Payment` searches `Payment`, then
    /// `Outer`).
    func hiddenRuntimeNames() -> [String] {
        guard !flows.isEmpty else { return [] }
        var hidden: Set<String> = []
        for type in hidingTypes(named: Self.runtimeTypeNames) { hidden.insert(type.name) }
        for file in files {
            for function in file.functions
            where !function.isLocal && Self.runtimeFunctionNames.contains(function.name)
                && isSeenByGeneratedCode(function.owner) {
                hidden.insert(function.name)
            }
        }
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
        var found: [NamedType] = []
        for file in files {
            for type in file.types
            where type.kind != "extension" && names.contains(type.name) && isSeenByGeneratedCode(type.path.dropLast()) {
                found.append(NamedType(kind: type.kind, name: type.name, location: type.nameLocation))
            }
            for alias in file.typeAliases where names.contains(alias.name) && isSeenByGeneratedCode(alias.path.dropLast()) {
                found.append(NamedType(kind: "typealias", name: alias.name, location: alias.nameLocation))
            }
        }
        return found
    }

    /// Whether unqualified names in generated code find a declaration made in `enclosing` (the
    /// path of the types around it) first: at file scope, or in a flow's type or a type around one.
    private func isSeenByGeneratedCode<Path: Collection<String>>(_ enclosing: Path) -> Bool {
        enclosing.isEmpty || flows.contains { $0.declaration.path.starts(with: enclosing) }
    }
}
