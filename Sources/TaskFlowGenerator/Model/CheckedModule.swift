/// The output of the checking stage and the input of the emitter: every flow whose data flow
/// was checked without errors, with its symbols resolved and typed.
public struct CheckedModule: Sendable, Hashable {
    /// The module (target) name.
    public var moduleName: String
    /// The checked flows, sorted by type name.
    public var flows: [CheckedFlow]
    /// The imports the generated file repeats: the union of the source files' top-level
    /// imports, sorted, without `TaskFlow` (which generated code always imports).
    public var imports: [String]
    /// The imports inside `#if` the generated file repeats under the same conditions: the
    /// union of the source files' top-level ones, sorted, without `TaskFlow` and those
    /// imported unconditionally.
    public var conditionalImports: [ConditionalImport]
    /// The runtime types the module's own types hide from generated code (a `struct Engine` of
    /// the module), sorted: the generated file names these `TaskFlow.Engine`.
    public var hiddenRuntimeNames: [String]

    /// Creates a checked module.
    public init(
        moduleName: String, flows: [CheckedFlow], imports: [String] = [], conditionalImports: [ConditionalImport] = [],
        hiddenRuntimeNames: [String] = []
    ) {
        self.conditionalImports = conditionalImports
        self.moduleName = moduleName
        self.flows = flows
        self.imports = imports
        self.hiddenRuntimeNames = hiddenRuntimeNames
    }
}

/// A symbol of a flow with its Swift type.
public struct SymbolInfo: Sendable, Hashable {
    /// The symbol's name.
    public var name: String
    /// Its type as written by its provider (or, for an input, by its first consumer), made valid
    /// at file scope: a nested type of the module named from inside its enclosing type is
    /// qualified (`Volume` in `Cinder.Database` becomes `Cinder.Volume`) where the checker can
    /// resolve it.
    public var type: String

    /// Creates a symbol.
    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// An owner value an instance-method task is called on; a parameter of `makeFlow` and `run`.
public struct OwnerParameter: Sendable, Hashable {
    /// The parameter name: the owner type's last path component, lower-camel-cased.
    public var name: String
    /// The owner type, e.g. `Cinder.Database`.
    public var type: String

    /// Creates an owner parameter.
    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// The structure of a checked flow: tasks by index into `CheckedFlow.tasks`, nested flows
/// inline.
public indirect enum FlowStructure: Sendable, Hashable {
    /// A task: an index into `CheckedFlow.tasks`.
    case task(Int)
    /// A flow (the checked flow itself, or a nested one) with its children.
    case flow(name: String, pattern: FlowPatternKind, links: [FlowLinkModel], children: [FlowStructure])
}

/// A flow whose data flow has been checked: what the emitter writes one section for.
public struct CheckedFlow: Sendable, Hashable {
    /// The flow as declared.
    public var flow: FlowModel
    /// Every task of the flow and its nested flows, depth first, in listing order.
    public var tasks: [TaskModel]
    /// The tree of the flow, referring to `tasks` by index.
    public var structure: FlowStructure
    /// Symbols a run must be given, in first-use order.
    public var inputs: [SymbolInfo]
    /// Symbols a run may be given (consumed only by defaulted parameters, provided by none).
    public var optionalInputs: [SymbolInfo]
    /// Symbols the flow's tasks provide, in first-provided order.
    public var outputs: [SymbolInfo]
    /// The context type all context-taking tasks agree on; `nil` when none takes one (the
    /// context is then `Void`).
    public var contextType: String?
    /// Owner values needed by instance-method tasks and reverts, sorted by name.
    public var owners: [OwnerParameter]

    /// Creates a checked flow.
    public init(
        flow: FlowModel, tasks: [TaskModel], structure: FlowStructure, inputs: [SymbolInfo],
        optionalInputs: [SymbolInfo], outputs: [SymbolInfo], contextType: String?,
        owners: [OwnerParameter]
    ) {
        self.flow = flow
        self.tasks = tasks
        self.structure = structure
        self.inputs = inputs
        self.optionalInputs = optionalInputs
        self.outputs = outputs
        self.contextType = contextType
        self.owners = owners
    }

    /// Every symbol in the flow's state, once each: inputs, optional inputs, then outputs. A
    /// symbol can be both an input and an output (a task that requires and provides it
    /// transforms the input); it is listed once, where it first appears.
    public var symbols: [SymbolInfo] {
        var seen: Set<String> = []
        return (inputs + optionalInputs + outputs).filter { seen.insert($0.name).inserted }
    }
}
