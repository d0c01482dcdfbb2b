/// A checked task: everything the emitter needs to write its adapters and metadata.
///
/// Built by the model stage from a `FunctionDeclaration` and its `- Task:` block; only tasks
/// without errors reach the emitter.
public struct TaskModel: Sendable, Hashable {
    /// The task's name (the annotation's value, or the function's base name).
    public var name: String
    /// The function the task calls.
    public var function: FunctionReference
    /// Whether the call needs `await`.
    public var isAsync: Bool
    /// Whether the call needs `try`.
    public var isThrowing: Bool
    /// Whether the function runs where the adapter calls it, on another actor, or somewhere
    /// the generator cannot tell: how a synchronous call is written.
    public var isolation: CallIsolation
    /// One argument per parameter, in call order.
    public var arguments: [TaskArgument]
    /// The parameter name of each argument, in call order (`type` for `requires: volume_type
    /// as type`): what the lock file's fingerprint of the task names its parameters by.
    public var parameterNames: [String]
    /// The return type as written (whitespace removed), `nil` for `Void`.
    public var returnType: String?
    /// How the return value is stored under symbols; empty when it feeds none.
    public var provides: [ProvidedSymbol]
    /// The task's version.
    public var version: Version
    /// The undo function, if any.
    public var revert: RevertModel?
    /// The `- Task:` line.
    public var annotationLocation: SourceLocation
    /// The function's name in its declaration.
    public var functionLocation: SourceLocation

    /// Creates a task model. Without `parameterNames`, each parameter is named after the symbol
    /// it reads (or `context`).
    public init(
        name: String, function: FunctionReference, isAsync: Bool, isThrowing: Bool,
        arguments: [TaskArgument], returnType: String?, provides: [ProvidedSymbol],
        version: Version, revert: RevertModel?, annotationLocation: SourceLocation,
        functionLocation: SourceLocation, isolation: CallIsolation = .nonisolated, parameterNames: [String]? = nil
    ) {
        self.parameterNames = parameterNames ?? arguments.map { argument in
            switch argument {
            case .symbol(_, let symbol, _, _, _): symbol
            case .context: "context"
            }
        }
        self.name = name
        self.function = function
        self.isAsync = isAsync
        self.isThrowing = isThrowing
        self.isolation = isolation
        self.arguments = arguments
        self.returnType = returnType
        self.provides = provides
        self.version = version
        self.revert = revert
        self.annotationLocation = annotationLocation
        self.functionLocation = functionLocation
    }

    /// How the call is written: awaited, plain, or through `maybeIsolated`.
    public var callEffect: CallEffect { CallEffect(isAsync: isAsync, isolation: isolation) }

    /// Symbols the task must be given, in parameter order.
    public var requiredSymbols: [String] {
        arguments.compactMap { if case .symbol(_, let symbol, _, false, _) = $0 { symbol } else { nil } }
    }

    /// Symbols the task reads when provided (defaulted parameters), in parameter order.
    public var optionalSymbols: [String] {
        arguments.compactMap { if case .symbol(_, let symbol, _, true, _) = $0 { symbol } else { nil } }
    }

    /// The type of the `context` parameter, if the task takes one.
    public var contextType: String? {
        for case .context(_, let type) in arguments { return type }
        return nil
    }
}

/// A task's or a flow's version, `MAJOR.MINOR`.
public struct Version: Sendable, Hashable, CustomStringConvertible {
    /// Incompatible changes.
    public var major: Int
    /// Compatible changes.
    public var minor: Int

    /// Creates a version.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// `1.0`.
    public static let initial = Version(major: 1, minor: 0)

    /// `MAJOR.MINOR`.
    public var description: String { "\(major).\(minor)" }
}

/// How to call a function from generated code.
public struct FunctionReference: Sendable, Hashable {
    /// The enclosing type path; empty for a free function.
    public var owner: [String]
    /// Whether it is `static`/`class` (called on the type) rather than an instance method
    /// (called on an owner value passed to `makeFlow`).
    public var isStatic: Bool
    /// The base name as it must be written in a call (backticked when needed).
    public var baseName: String
    /// The argument labels in order; `nil` for `_`.
    public var labels: [String?]
    /// What must hold for it to be compiled (its declaration's `#if` clauses); empty when it
    /// always is.
    public var conditions: [String]

    /// Creates a function reference.
    public init(owner: [String], isStatic: Bool, baseName: String, labels: [String?], conditions: [String] = []) {
        self.conditions = conditions
        self.owner = owner
        self.isStatic = isStatic
        self.baseName = baseName
        self.labels = labels
    }

    /// Whether calling it needs an owner value.
    public var isInstanceMethod: Bool { !owner.isEmpty && !isStatic }

    /// `Owner.name(a:b:)`, as shown in metadata and diagnostics.
    public var signature: String {
        let prefix = owner.isEmpty ? "" : owner.joined(separator: ".") + "."
        return prefix + baseName + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}

/// One argument of a task's call.
public enum TaskArgument: Sendable, Hashable {
    /// A symbol from the flow's state. `isOptional` when the parameter has a default: when the
    /// symbol has no value, the argument is left out — or, when the default is a literal
    /// (`fallback`, see `ParameterDeclaration.literalDefault`), that literal is passed instead.
    case symbol(label: String?, symbol: String, type: String, isOptional: Bool, fallback: String? = nil)
    /// The flow's context value.
    case context(label: String?, type: String)
}

/// One symbol a task's return value is stored under.
public struct ProvidedSymbol: Sendable, Hashable {
    /// How the symbol's value is taken from the return value.
    public enum Access: Sendable, Hashable {
        /// The whole return value.
        case whole
        /// One element of a tuple return value (`result.0`, or `result.label` when labelled).
        case element(index: Int, label: String?)
    }

    /// The symbol's name.
    public var symbol: String
    /// The symbol's type as written.
    public var type: String
    /// How it is taken from the return value.
    public var access: Access
    /// Where the name is written in the `provides:` line.
    public var location: SourceLocation

    /// Creates a provided symbol.
    public init(symbol: String, type: String, access: Access, location: SourceLocation) {
        self.symbol = symbol
        self.type = type
        self.access = access
        self.location = location
    }
}

/// A task's undo function.
public struct RevertModel: Sendable, Hashable {
    /// The function to call.
    public var function: FunctionReference
    /// Whether the call needs `await`.
    public var isAsync: Bool
    /// Whether the call needs `try`.
    public var isThrowing: Bool
    /// One argument per parameter, in call order.
    public var arguments: [RevertArgument]
    /// Whether the function returns a value that generated code must discard (`_ = …`): it
    /// returns something and is not `@discardableResult`.
    public var returnsValue: Bool
    /// Whether the function runs where the adapter calls it, on another actor, or somewhere
    /// the generator cannot tell (see `TaskModel.isolation`).
    public var isolation: CallIsolation

    /// Creates a revert model.
    public init(
        function: FunctionReference, isAsync: Bool, isThrowing: Bool, arguments: [RevertArgument],
        returnsValue: Bool = false, isolation: CallIsolation = .nonisolated
    ) {
        self.function = function
        self.isAsync = isAsync
        self.isThrowing = isThrowing
        self.arguments = arguments
        self.returnsValue = returnsValue
        self.isolation = isolation
    }

    /// How the call is written: awaited, plain, or through `maybeIsolated`.
    public var callEffect: CallEffect { CallEffect(isAsync: isAsync, isolation: isolation) }

    /// Whether the revert has a non-optional `result` parameter, so a task that failed (and
    /// has no result) cannot be given to it.
    public var needsResult: Bool {
        arguments.contains { if case .result(_, false) = $0 { true } else { false } }
    }

    /// Whether the revert reads the task's result at all.
    public var readsResult: Bool {
        arguments.contains { if case .result = $0 { true } else { false } }
    }
}

/// One argument of a revert's call.
public enum RevertArgument: Sendable, Hashable {
    /// A required symbol of the flow. `isOptional` when the parameter has a default; `fallback`
    /// as for ``TaskArgument/symbol(label:symbol:type:isOptional:fallback:)``.
    case symbol(label: String?, symbol: String, type: String, isOptional: Bool, fallback: String? = nil)
    /// What the task returned; `isOptional` when the parameter's type is optional (it then
    /// gets `nil` if the task failed).
    case result(label: String?, isOptional: Bool)
    /// Why the flow reverts (`RevertCause`).
    case failure(label: String?)
    /// The flow's context value.
    case context(label: String?, type: String)
}
