extension ModuleTypes {
    /// Where `function` runs relative to generated code's adapters (which are nonisolated).
    ///
    /// - `nonisolated`: the function is `nonisolated`, or a static method of an `actor`, or
    ///   declared in the body of a type declared `nonisolated`.
    /// - `isolated`: it carries a global actor attribute (`@MainActor`, or a type of the module
    ///   marked `@globalActor`), or is declared in a type or an extension carrying one, or is a
    ///   member of a type declared with one, or is an instance method of an `actor`.
    /// - `unknown`: anything else. What the reader cannot see may still isolate it: the module's
    ///   default isolation, isolation inherited from a superclass or protocol, a global actor of
    ///   another module.
    /// - Parameter function: The task's or revert's function.
    /// - Returns: How isolated the function is known to be.
    func isolation(of function: FunctionDeclaration) -> CallIsolation {
        if function.modifiers.contains(where: { $0.hasPrefix("nonisolated") }) { return .nonisolated }
        if function.attributes.contains(where: isGlobalActorAttribute) { return .isolated }
        if function.contextAttributes.contains(where: isGlobalActorAttribute) { return .isolated }
        guard !function.owner.isEmpty else { return .unknown }
        let path = function.owner.joined(separator: ".")
        let isActor = function.ownerKind == "actor" || kind(of: path) == "actor"
        if isActor { return function.isStatic ? .nonisolated : .isolated }
        guard let owner = declarations[path] else { return .unknown }
        if owner.attributes.contains(where: isGlobalActorAttribute) { return .isolated }
        // Declared in the `nonisolated` type's own body; an extension's members are left unknown.
        let isInTypeBody = function.ownerKind != "extension"
        if isInTypeBody, owner.modifiers.contains(where: { $0.hasPrefix("nonisolated") }) { return .nonisolated }
        return .unknown
    }

    /// Whether `attribute` (e.g. `@MainActor`) names a global actor.
    private func isGlobalActorAttribute(_ attribute: String) -> Bool {
        guard attribute.hasPrefix("@") else { return false }
        return globalActors.contains(String(attribute.dropFirst()))
    }
}
