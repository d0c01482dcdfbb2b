/// What a revert can be given: the task's symbols and types.
struct RevertContext {
    /// Names the task in messages.
    var role: String
    /// The task's return type (qualified), `nil` for `Void`.
    var returnType: String?
    /// The types of the task's required symbols (qualified).
    var requiredSymbols: [String: String]
    /// The types of the task's optional symbols (defaulted parameters).
    var optionalSymbols: [String: String]
    /// The enclosing type path of the task.
    var owner: [String]
}

/// Finds a task's `revert` function and maps its parameters.
///
/// The revert is a function of that base name in the task's own scope. Its parameters may be
/// the task's symbols (by name), `result`, `failure` and `context`. When several functions of
/// that name exist, the one whose parameters can all be given is chosen; ambiguity is an error.
/// - Parameters:
///   - value: The `revert` value.
///   - task: What the revert can be given.
///   - scopes: The module's functions.
///   - types: The module's types, to qualify and compare types.
/// - Returns: The revert, or `nil` with diagnostics.
func resolveRevert(_ value: AnnotatedText, for task: RevertContext, scopes: FunctionScopes, types: ModuleTypes) -> (revert: RevertModel?, diagnostics: [Diagnostic]) {
    let name = value.text
    guard isSwiftIdentifier(name) else {
        return (nil, [.error("'\(name)' is not a function name; write the revert's base name, e.g. 'revert: rollbackQuota'", at: value.location)])
    }
    let scopeName = task.owner.isEmpty ? "at the top level" : "in '\(task.owner.joined(separator: "."))'"
    let candidates = scopes.functions(named: name, in: task.owner)
    guard !candidates.isEmpty else {
        return (nil, [.error(
            "\(task.role): no function '\(name)' \(scopeName); a revert must be declared in the same scope as its task",
            at: value.location)])
    }
    var satisfied: [(FunctionDeclaration, [RevertArgument])] = []
    var reasons: [(FunctionDeclaration, String)] = []
    for candidate in candidates {
        switch revertArguments(of: candidate, for: task, types: types) {
        case .success(let arguments): satisfied.append((candidate, arguments))
        case .failure(let reason): reasons.append((candidate, reason.message))
        }
    }
    if satisfied.count > 1 {
        return (nil, [.error(
            "\(task.role): revert '\(name)' is ambiguous; \(satisfied.count) functions \(scopeName) could be called — rename all but one",
            at: value.location,
            notes: satisfied.map { .note("candidate '\(signature(of: $0.0))'", at: $0.0.nameLocation) })])
    }
    guard let (function, arguments) = satisfied.first else {
        if reasons.count == 1 {
            return (nil, [.error("\(task.role): revert '\(signature(of: reasons[0].0))' cannot be called: \(reasons[0].1)", at: value.location,
                                 notes: [.note("'\(name)' is declared here", at: reasons[0].0.nameLocation)])])
        }
        return (nil, [.error(
            "\(task.role): no function named '\(name)' \(scopeName) can be called as its revert",
            at: value.location,
            notes: reasons.map { .note("'\(signature(of: $0.0))': \($0.1)", at: $0.0.nameLocation) })])
    }
    var diagnostics = DeclarationRules.check(function, role: "\(task.role), revert", at: value.location)
    if function.ownerKind == "protocol" {
        diagnostics.append(.error("\(task.role): revert '\(name)' is a protocol requirement; annotate a concrete type", at: value.location))
    }
    let model = RevertModel(
        function: FunctionReference(
            owner: function.owner, isStatic: function.isStatic, baseName: escapedIdentifier(function.name),
            labels: function.parameters.map(\.label), conditions: function.conditions),
        isAsync: function.isAsync, isThrowing: function.throwsClause.needsTry, arguments: arguments,
        returnsValue: function.returnType != nil && !function.attributes.contains("@discardableResult"),
        isolation: types.isolation(of: function))
    return (diagnostics.containsError ? nil : model, diagnostics)
}

/// Why a revert candidate cannot be called.
private struct RevertMismatch: Error {
    var message: String
}

private func revertArguments(of function: FunctionDeclaration, for task: RevertContext, types: ModuleTypes) -> Result<[RevertArgument], RevertMismatch> {
    var arguments: [RevertArgument] = []
    for parameter in function.parameters {
        let label = parameter.label
        let type = types.qualify(parameter.type, in: function)
        if parameter.name == "_" { return .failure(.init(message: "a parameter has no name")) }
        if parameter.isInout { return .failure(.init(message: "parameter '\(parameter.name)' is 'inout'")) }
        if parameter.isVariadic { return .failure(.init(message: "parameter '\(parameter.name)' is variadic")) }
        switch parameter.name {
        case "context":
            arguments.append(.context(label: label, type: type))
        case "result":
            guard let returnType = task.returnType else {
                return .failure(.init(message: "it takes 'result' but the task returns nothing"))
            }
            let parameterTree = parseType(type).tree
            let returnTree = parseType(returnType).tree
            if let wrapped = parameterTree.optionalWrapped, returnTree.optionalWrapped == nil,
               types.same(returnTree, wrapped) != .different {
                arguments.append(.result(label: label, isOptional: true))
            } else if types.same(returnTree, parameterTree) != .different {
                arguments.append(.result(label: label, isOptional: false))
            } else {
                return .failure(.init(message: "'result' must have the task's return type '\(returnType)' or '\(returnType)?', not '\(type)'"))
            }
        case "failure":
            if let mismatch = revertCauseMismatch(type, in: function, types: types) {
                return .failure(.init(message: mismatch))
            }
            arguments.append(.failure(label: label))
        default:
            if let symbolType = task.requiredSymbols[parameter.name] ?? (parameter.hasDefault ? task.optionalSymbols[parameter.name] : nil) {
                if types.match(provided: symbolType, consumed: type) == .different {
                    return .failure(.init(message: "parameter '\(parameter.name)' has type '\(type)' but the task reads '\(parameter.name)' as '\(symbolType)'"))
                }
                arguments.append(.symbol(
                    label: label, symbol: parameter.name, type: type, isOptional: parameter.hasDefault,
                    fallback: parameter.literalDefault))
            } else if task.optionalSymbols[parameter.name] != nil {
                return .failure(.init(message: "'\(parameter.name)' is optional for the task (it has a default there); give the revert's parameter a default too"))
            } else {
                return .failure(.init(message: "parameter '\(parameter.name)' is none of the task's symbols, 'result', 'failure' or 'context'"))
            }
        }
    }
    return .success(arguments)
}

/// Why a revert's `failure` parameter of type `type` cannot receive the ``RevertCause`` generated
/// code passes, or `nil` when it can — or may: a type alias of the module is resolved first, and
/// one that stands for a type the generator cannot see (another module's) is left to the
/// compiler.
private func revertCauseMismatch(_ type: String, in function: FunctionDeclaration, types: ModuleTypes) -> String? {
    let written = parseType(type).tree
    let resolved = types.resolvingAliases(written, in: function.owner)
    if resolved.description == "RevertCause" || resolved.description == "TaskFlow.RevertCause" { return nil }
    let isAlias = resolved != written
    // `Optional` is a known value type: an alias of `RevertCause?` is certainly different too.
    if isAlias, case .named(let path) = resolved, !types.isCertain(path) {
        return nil
    }
    let aliased = isAlias ? " (a type alias of '\(resolved)')" : ""
    return "'failure' must have type 'RevertCause', not '\(type)'\(aliased)"
}

/// `Owner.name(a:b:)` of a declaration.
func signature(of function: FunctionDeclaration) -> String {
    FunctionReference(owner: function.owner, isStatic: function.isStatic, baseName: function.name,
                      labels: function.parameters.map(\.label)).signature
}
