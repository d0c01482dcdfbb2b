extension ModuleTypes {
    /// Whether calling `function` from generated code (nonisolated adapters) needs `await`
    /// because the function is isolated to an actor, even when it is not `async`.
    ///
    /// It is isolated when it carries a global actor attribute (`@MainActor`, or a type of the
    /// module marked `@globalActor`), or is declared in a type or an extension carrying one, or
    /// is a member of a type declared with one, or is an instance method of an `actor`; unless
    /// it is `nonisolated`. What the reader cannot see is not counted: isolation inherited from
    /// a superclass or protocol, and global actors of other modules other than `MainActor`.
    /// - Parameter function: The task's or revert's function.
    /// - Returns: `true` when the call must be awaited.
    func isIsolated(_ function: FunctionDeclaration) -> Bool {
        if function.modifiers.contains(where: { $0.hasPrefix("nonisolated") }) { return false }
        if function.attributes.contains(where: isGlobalActorAttribute) { return true }
        if function.contextAttributes.contains(where: isGlobalActorAttribute) { return true }
        guard !function.owner.isEmpty else { return false }
        let path = function.owner.joined(separator: ".")
        if !function.isStatic, function.ownerKind == "actor" || kind(of: path) == "actor" { return true }
        return declarations[path]?.attributes.contains(where: isGlobalActorAttribute) ?? false
    }

    /// Whether `attribute` (e.g. `@MainActor`) names a global actor.
    private func isGlobalActorAttribute(_ attribute: String) -> Bool {
        guard attribute.hasPrefix("@") else { return false }
        return globalActors.contains(String(attribute.dropFirst()))
    }
}
