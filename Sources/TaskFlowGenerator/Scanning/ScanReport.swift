/// What `taskflow-gen scan --json` prints: every annotated task and flow the generator saw,
/// valid or not, and every diagnostic.
public struct ScanReport: Sendable, Hashable {
    /// Every function carrying `- Task:`, sorted by file, line and column.
    public var tasks: [ScannedTask]
    /// Every type carrying `- Flow:`, sorted by file, line and column.
    public var flows: [ScannedFlow]
    /// Every diagnostic, in report order.
    public var diagnostics: [Diagnostic]

    /// Creates a report; tasks and flows are sorted by where they are declared.
    public init(tasks: [ScannedTask], flows: [ScannedFlow], diagnostics: [Diagnostic]) {
        self.tasks = tasks.sorted { ($0.file, $0.line, $0.column, $0.name) < ($1.file, $1.line, $1.column, $1.name) }
        self.flows = flows.sorted { ($0.file, $0.line, $0.column, $0.name) < ($1.file, $1.line, $1.column, $1.name) }
        self.diagnostics = diagnostics
    }
}

/// A function carrying `- Task:`, as declared and annotated.
public struct ScannedTask: Sendable, Hashable {
    /// The task name (the annotation's value, or the function's base name).
    public var name: String
    /// The function's signature without its owner, e.g. `reserveQuota(context:size:type:)`.
    public var function: String
    /// The enclosing type path (`Cinder.Database`), or `nil` for a free function.
    public var owner: String?
    /// Whether the function is `static` or `class`.
    public var isStatic: Bool
    /// The file, as given to the generator.
    public var file: String
    /// The line of the function's name.
    public var line: Int
    /// The column of the function's name, in UTF-8 bytes.
    public var column: Int
    /// The parameters as declared.
    public var parameters: [ScannedParameter]
    /// The return type as written, whitespace removed; `nil` for none or `Void`.
    public var returnType: String?
    /// Whether the function is `async`.
    public var isAsync: Bool
    /// Whether a call needs `try`.
    public var isThrowing: Bool
    /// Every symbol the task reads, in parameter order (defaulted parameters included; the
    /// `context` parameter is no symbol).
    public var requires: [String]
    /// The `provides` names as written.
    public var provides: [String]
    /// The version as written, `1.0` when not given.
    public var version: String
    /// The revert's name as written, if any.
    public var revert: String?
}

/// A parameter of a scanned task.
public struct ScannedParameter: Sendable, Hashable {
    /// The argument label; `nil` for `_`.
    public var label: String?
    /// The internal name; `_` when it has none.
    public var name: String
    /// The type as written, whitespace removed.
    public var type: String
    /// Whether it has a default value.
    public var hasDefault: Bool
}

/// A type carrying `- Flow:`, as declared, with its data flow where it could be checked.
public struct ScannedFlow: Sendable, Hashable {
    /// The flow's name.
    public var name: String
    /// The type it is declared on, e.g. `Cinder.CreateVolumeAPI`.
    public var type: String
    /// `linear`, `unordered` or `graph`.
    public var pattern: String
    /// The children as written in `tasks`.
    public var tasks: [String]
    /// The links as written.
    public var links: [ScannedLink]
    /// The version as written, or `1.0`.
    public var version: String
    /// Whether the flow is durable (`- durable: true`).
    public var isDurable: Bool
    /// The file, as given to the generator.
    public var file: String
    /// The line of the `- Flow:` item.
    public var line: Int
    /// The column of the `- Flow:` item.
    public var column: Int
    /// The flow's inputs, in first-use order (empty when its children could not be resolved).
    public var inputs: [String]
    /// The flow's optional inputs.
    public var optionalInputs: [String]
    /// The flow's outputs, in first-provided order.
    public var outputs: [String]
    /// Whether the flow, its tasks and nested flows are free of errors (so code is generated).
    public var isValid: Bool
}

/// A `link: from -> to` entry of a scanned flow, as written.
public struct ScannedLink: Sendable, Hashable {
    /// The child that runs first.
    public var from: String
    /// The child that waits.
    public var to: String
}

extension ScannedTask {
    init(_ task: BuiltTask) {
        let declaration = task.declaration
        self.init(
            name: task.model.name,
            function: declaration.name + "(" + declaration.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")",
            owner: declaration.owner.isEmpty ? nil : declaration.owner.joined(separator: "."),
            isStatic: declaration.isStatic,
            file: declaration.nameLocation.file,
            line: declaration.nameLocation.line,
            column: declaration.nameLocation.column,
            parameters: declaration.parameters.map {
                ScannedParameter(label: $0.label, name: $0.name, type: $0.type, hasDefault: $0.hasDefault)
            },
            returnType: declaration.returnType,
            isAsync: declaration.isAsync,
            isThrowing: declaration.throwsClause.needsTry,
            requires: task.symbolsRead,
            provides: task.providedNames,
            version: task.versionText,
            revert: task.revertName)
    }
}

extension ScannedFlow {
    init(_ flow: DeclaredFlow, summary: FlowSummary?) {
        self.init(
            name: flow.name,
            type: flow.typeName,
            pattern: flow.pattern.rawValue,
            tasks: flow.children.map(\.text),
            links: flow.links.map { ScannedLink(from: $0.from.text, to: $0.to.text) },
            version: flow.block.entry("version")?.value.text ?? Version.initial.description,
            isDurable: flow.isDurable,
            file: flow.block.location.file,
            line: flow.block.location.line,
            column: flow.block.location.column,
            inputs: summary?.dataFlow.inputs.map(\.symbol) ?? [],
            optionalInputs: summary?.dataFlow.optionalInputs.map(\.symbol) ?? [],
            outputs: summary?.dataFlow.outputs.map(\.symbol) ?? [],
            isValid: summary?.isValid ?? false)
    }
}
