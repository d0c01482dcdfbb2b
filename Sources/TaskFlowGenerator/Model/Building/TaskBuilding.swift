/// How many defaulted parameters whose default is not a literal a task may have before the
/// generator warns: generated code calls the function once per combination of them (2^n calls).
let maximumBranchingDefaults = 6

/// Builds the model of one annotated function and checks the task rules on it.
///
/// - Parameters:
///   - function: The declaration carrying the block.
///   - block: Its `- Task:` block.
///   - types: The module's types (to qualify nested names and compare types).
///   - scopes: The module's functions (to find the revert).
/// - Returns: The task, and the diagnostics found.
func buildTask(_ function: FunctionDeclaration, block: AnnotationBlock, types: ModuleTypes, scopes: FunctionScopes) -> (task: BuiltTask, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let name = block.value.text.isEmpty ? function.name : block.value.text
    let role = "task '\(name)'"
    if !isSwiftIdentifier(name) {
        diagnostics.append(.error("task name '\(name)' is not a Swift identifier (letters, digits and '_')", at: block.value.location))
    }
    diagnostics += DeclarationRules.check(function, role: role, at: block.location)
    diagnostics += DeclarationRules.checkOwner(of: function, role: role, types: types, at: block.location)
    diagnostics += DeclarationRules.checkParameters(of: function, role: role)
    let qualify = { (type: String) in types.qualify(type, in: function) }
    let signatureText = signature(of: function)

    // requires: bindings from parameter to symbol.
    var bindings: [String: RequirementBinding] = [:]
    if let entry = block.entry("requires") {
        let (elements, listDiagnostics) = splitList(entry.value, key: "requires")
        diagnostics += listDiagnostics
        for element in elements {
            let binding: RequirementBinding
            switch parseRequirement(element) {
            case .failure(let error):
                diagnostics.append(error.diagnostic)
                continue
            case .success(let parsed):
                binding = parsed
            }
            if binding.parameter == "context" || binding.symbol == "context" {
                diagnostics.append(.error(
                    "'context' is not a symbol: the engine passes the flow's context to a parameter named 'context'; remove it from 'requires'",
                    at: binding.parameter == "context" ? binding.parameterLocation : binding.symbolLocation))
                continue
            }
            guard let parameter = function.parameters.first(where: { $0.name == binding.parameter }) else {
                let names: [String] = function.parameters.map(\.name).filter { (name: String) -> Bool in
                    name != "_" && name != "context"
                }
                let hint: String
                if let closest = closestMatch(to: binding.parameter, in: names) {
                    hint = "; did you mean '\(closest)'?"
                } else {
                    hint = names.isEmpty ? "" : "; its parameters are \(quotedList(names))"
                }
                diagnostics.append(.error(
                    "'\(binding.parameter)' is not a parameter of '\(signatureText)'\(hint)", at: binding.parameterLocation))
                continue
            }
            if bindings[parameter.name] != nil {
                diagnostics.append(.error("parameter '\(parameter.name)' is listed twice in 'requires'", at: binding.parameterLocation))
                continue
            }
            bindings[parameter.name] = binding
        }
    }

    // Arguments, one per usable parameter.
    var arguments: [TaskArgument] = []
    var parameterNames: [String] = []
    var symbolParameters: [String: String] = [:]
    var symbolsRead: [String] = []
    for parameter in function.parameters where parameter.name != "_" && !parameter.isInout && !parameter.isVariadic {
        let type = qualify(parameter.type)
        if parameter.name == "context" {
            arguments.append(.context(label: parameter.label, type: type))
            parameterNames.append(parameter.name)
            continue
        }
        let binding = bindings[parameter.name]
        let symbol = binding?.symbol ?? parameter.name
        if let other = symbolParameters[symbol] {
            diagnostics.append(.error(
                "parameters '\(other)' and '\(parameter.name)' of '\(signatureText)' both read symbol '\(symbol)'; rebind one with 'SYMBOL as PARAMETER'",
                at: binding?.symbolLocation ?? block.location))
            continue
        }
        symbolParameters[symbol] = parameter.name
        symbolsRead.append(symbol)
        arguments.append(.symbol(
            label: parameter.label, symbol: symbol, type: withoutEscaping(type), isOptional: parameter.hasDefault,
            fallback: parameter.literalDefault))
        parameterNames.append(parameter.name)
    }
    let branching = arguments.compactMap { argument -> String? in
        if case .symbol(_, let symbol, _, true, nil) = argument { symbol } else { nil }
    }
    if branching.count > maximumBranchingDefaults {
        diagnostics.append(.warning(
            "\(role): the defaults of \(quotedList(branching)) are not literals, so generated code can only use them "
                + "by leaving the argument out, with one call of '\(signatureText)' per combination "
                + "(\(1 << min(branching.count, 62)) calls); give them literal defaults, or remove some defaults",
            at: block.location))
    }

    // provides.
    let returnType = function.returnType.map(qualify)
    var provides: [ProvidedSymbol] = []
    var providedNames: [String] = []
    if let entry = block.entry("provides") {
        providedNames = splitList(entry.value, key: "provides").elements.map(\.text)
        let mapped = mapProvides(entry, returnType: returnType, role: role)
        provides = mapped.provides
        diagnostics += mapped.diagnostics
    }

    // version.
    var version = Version.initial
    if let entry = block.entry("version") {
        switch parseVersion(entry.value) {
        case .success(let parsed): version = parsed
        case .failure(let error): diagnostics.append(error.diagnostic)
        }
    }

    // revert.
    var requiredTypes: [String: String] = [:]
    var optionalTypes: [String: String] = [:]
    for case .symbol(_, let symbol, let type, let isOptional, _) in arguments {
        if isOptional { optionalTypes[symbol] = type } else { requiredTypes[symbol] = type }
    }
    var revert: RevertModel?
    let revertEntry = block.entry("revert")
    if let entry = revertEntry {
        let resolved = resolveRevert(
            entry.value,
            for: RevertContext(role: role, returnType: returnType, requiredSymbols: requiredTypes,
                               optionalSymbols: optionalTypes, owner: function.owner),
            scopes: scopes, types: types)
        revert = resolved.revert
        diagnostics += resolved.diagnostics
    }

    let model = TaskModel(
        name: name,
        function: FunctionReference(
            owner: function.owner, isStatic: function.isStatic, baseName: escapedIdentifier(function.name),
            labels: function.parameters.map(\.label), conditions: function.conditions),
        isAsync: function.isAsync,
        isThrowing: function.throwsClause.needsTry,
        arguments: arguments,
        returnType: returnType,
        provides: provides,
        version: version,
        revert: revert,
        annotationLocation: block.location,
        functionLocation: function.nameLocation,
        isolation: types.isolation(of: function),
        parameterNames: parameterNames)

    if let revert, let entry = revertEntry, let taskContext = model.contextType, let revertContext = revert.contextType {
        switch types.same(taskContext, revertContext) {
        case .compatible:
            break
        case .different:
            diagnostics.append(.error(
                "\(role): its revert takes context '\(revertContext)' but the task takes '\(taskContext)'; both get the flow's one context",
                at: entry.value.location))
        case .undecided:
            diagnostics.append(.note(
                "\(role): its revert takes context '\(revertContext)' and the task takes '\(taskContext)'; the generator cannot tell whether these are the same type, so the generated code lets the compiler check it",
                at: entry.value.location))
        }
    }

    let task = BuiltTask(
        model: model, declaration: function, block: block, hasErrors: diagnostics.containsError,
        symbolsRead: symbolsRead, providedNames: providedNames,
        versionText: block.entry("version")?.value.text ?? Version.initial.description,
        revertName: revertEntry?.value.text)
    return (task, diagnostics)
}

extension RevertModel {
    /// The type of the revert's `context` parameter, if it takes one.
    var contextType: String? {
        for case .context(_, let type) in arguments { return type }
        return nil
    }
}

/// A parameter type as a stored value's type: without `@escaping` (a closure stored in the flow's
/// state is escaping anyway, and the attribute is not valid on a property).
func withoutEscaping(_ type: String) -> String {
    var words = wordsWithOffsets(type).map(\.text)
    guard words.contains(where: { $0.hasPrefix("@escaping") }) else { return type }
    words = words.compactMap { word in
        guard word.hasPrefix("@escaping") else { return word }
        let rest = String(word.dropFirst("@escaping".count))
        return rest.isEmpty ? nil : rest
    }
    return words.joined(separator: " ")
}
