/// Rules on the declaration a task or revert calls: generated code, in another file, must be
/// able to call it with the arguments it reads from the flow's state.
enum DeclarationRules {
    /// Problems with a function's modifiers and generics, for a task (`role` names it in
    /// messages, e.g. `task 'reserve'`).
    static func check(_ function: FunctionDeclaration, role: String, at location: SourceLocation) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if function.genericClause != nil {
            diagnostics.append(.error(
                "\(role): '\(function.name)' is generic; generated code cannot choose its type arguments — wrap it in a non-generic function",
                at: location))
        }
        if function.modifiers.contains("mutating") {
            diagnostics.append(.error(
                "\(role): '\(function.name)' is 'mutating'; generated code calls it on a copy of its owner — make it non-mutating (keep shared state in a class or actor)",
                at: location))
        }
        if let access = function.modifiers.first(where: { $0 == "private" || $0 == "fileprivate" }) {
            diagnostics.append(.error(
                "\(role): '\(function.name)' is '\(access)'; generated code lives in another file — make it internal",
                at: location))
        }
        return diagnostics
    }

    /// Problems with a task's parameters: each must be a named, plain parameter.
    static func checkParameters(of function: FunctionDeclaration, role: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for parameter in function.parameters {
            if parameter.name == "_" {
                diagnostics.append(.error(
                    "\(role): a parameter of '\(function.name)' has no name; name it (e.g. '\(parameter.label.map { $0 + " " } ?? "_ ")value: \(parameter.type)') — the name is the symbol it requires",
                    at: parameter.location))
            }
            if parameter.isInout {
                diagnostics.append(.error(
                    "\(role): parameter '\(parameter.name)' is 'inout'; a task cannot change the flow's values in place — return the new value and list it in 'provides'",
                    at: parameter.location))
            }
            if parameter.isVariadic {
                diagnostics.append(.error(
                    "\(role): parameter '\(parameter.name)' is variadic; take an array instead",
                    at: parameter.location))
            }
        }
        return diagnostics
    }

    /// Problems with the type a method belongs to: it must be reachable from another file and
    /// non-generic, and be a concrete type.
    static func checkOwner(of function: FunctionDeclaration, role: String, types: ModuleTypes, at location: SourceLocation) -> [Diagnostic] {
        guard !function.owner.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let ownerName = function.owner.joined(separator: ".")
        if function.ownerKind == "protocol" || types.kind(of: ownerName) == "protocol" {
            diagnostics.append(.error(
                "\(role): '\(function.name)' belongs to protocol '\(ownerName)'; generated code needs a concrete type — annotate the implementation in a struct, enum, class or actor",
                at: location))
        }
        for depth in 1...function.owner.count {
            let path = function.owner[0..<depth].joined(separator: ".")
            guard let declaration = types.declarations[path] else { continue }
            if let access = declaration.modifiers.first(where: { $0 == "private" || $0 == "fileprivate" }) {
                diagnostics.append(.error(
                    "\(role): '\(path)' is '\(access)'; generated code lives in another file — make it internal",
                    at: location))
            }
            if declaration.isGeneric {
                diagnostics.append(.error(
                    "\(role): '\(path)' is generic; tasks must belong to a non-generic type (generated code cannot choose its type arguments)",
                    at: location))
            }
        }
        return diagnostics
    }
}
