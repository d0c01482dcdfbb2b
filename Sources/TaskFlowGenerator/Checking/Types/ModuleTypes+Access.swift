extension ModuleTypes {
    /// The access level a type of the module has where it is used: the lowest of its own and
    /// those of the types around it (a `public` type nested in an internal one is internal).
    ///
    /// `nil` when the generator cannot tell: the module does not declare the type (or one
    /// around it), or the type states no level and sits where an extension stating one may
    /// have declared it.
    /// - Parameter path: The type's path, e.g. `["Cinder", "Volume"]`.
    /// - Returns: The effective access level, or `nil`.
    func effectiveAccess(of path: [String]) -> AccessLevel? {
        guard !path.isEmpty else { return nil }
        var level = AccessLevel.public
        for depth in 1...path.count {
            let prefix = path[0..<depth].joined(separator: ".")
            guard let declaration = declarations[prefix] else { return nil }
            if let stated = AccessLevel(modifiers: declaration.modifiers) {
                level = min(level, stated)
            } else if depth > 1, pathsWithAccessExtensions.contains(path[0..<(depth - 1)].joined(separator: ".")) {
                return nil
            } else {
                level = min(level, .internal)
            }
        }
        return level
    }

    /// The module's types that `type` names (in generic arguments, tuples and function types
    /// too) whose effective access is below `level`, each once, by path, in order of
    /// appearance. Types the generator cannot resolve are left to the compiler.
    /// - Parameters:
    ///   - type: A type as written, qualified to file scope (`Cinder.Volume`).
    ///   - level: The access level the type must have.
    /// - Returns: The paths and access levels of the offending types.
    func typesBelow(_ level: AccessLevel, in type: String) -> [(path: String, access: AccessLevel)] {
        var found: [(path: String, access: AccessLevel)] = []
        func visit(_ tree: TypeTree) {
            switch tree {
            case .named(let components):
                // The longest prefix the module declares: `Cinder.Volume.ID` with `ID` a
                // typealias is checked as `Cinder.Volume`.
                let names = components.map(\.name)
                if let depth = (1...names.count).reversed().first(where: { kinds[names[0..<$0].joined(separator: ".")] != nil }),
                   let access = effectiveAccess(of: Array(names[0..<depth])), access < level {
                    let path = names[0..<depth].joined(separator: ".")
                    if !found.contains(where: { $0.path == path }) { found.append((path, access)) }
                }
                for component in components { component.arguments.forEach(visit) }
            case .tuple(let elements):
                elements.forEach { visit($0.type) }
            case .function(let parameters, _, let result):
                parameters.forEach(visit)
                visit(result)
            case .modified(_, let wrapped), .metatype(let wrapped, _):
                visit(wrapped)
            case .composition(let parts):
                parts.forEach(visit)
            case .opaque:
                break
            }
        }
        visit(parseType(type).tree)
        return found
    }
}
