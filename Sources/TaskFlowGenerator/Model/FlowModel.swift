/// How a flow orders its children (the generator's own copy: it does not import the runtime).
public enum FlowPatternKind: String, Sendable, Hashable, CaseIterable {
    case linear
    case unordered
    case graph
}

/// A flow as declared by its `- Flow:` block, before its data flow is checked.
public struct FlowModel: Sendable, Hashable {
    /// The flow's name.
    public var name: String
    /// The type it is declared on, e.g. `["Cinder", "CreateVolumeAPI"]`.
    public var typePath: [String]
    /// How children are ordered.
    public var pattern: FlowPatternKind
    /// The children, in listing order.
    public var children: [FlowChild]
    /// Explicit edges (graph flows only).
    public var links: [FlowLinkModel]
    /// The `- Flow:` line.
    public var annotationLocation: SourceLocation
    /// The annotation block's lines as written, quoted above the generated wiring.
    public var annotationText: [String]
    /// Whether the flow is durable (`- durable: true`): a Codable state, journaled runs, `resume`.
    public var isDurable: Bool
    /// The flow's version (`- version: MAJOR.MINOR`, `1.0` by default): recorded in the header
    /// of a durable run, which only the same major version resumes.
    public var version: Version
    /// The access level of its generated API (`Inputs`, `Outputs`, `metadata`, `diagram`,
    /// `run`, `resume`): the flow type's own, or `internal` when the generator cannot tell.
    /// `State` and `makeFlow` stay internal.
    public var access: AccessLevel
    /// What must hold for its type to be compiled (the `#if` clauses around it): its generated
    /// code is wrapped in the same condition.
    public var conditions: [String]

    /// Creates a flow model.
    public init(
        name: String, typePath: [String], pattern: FlowPatternKind, children: [FlowChild],
        links: [FlowLinkModel], annotationLocation: SourceLocation, annotationText: [String],
        isDurable: Bool = false, access: AccessLevel = .internal, conditions: [String] = [],
        version: Version = .initial
    ) {
        self.version = version
        self.conditions = conditions
        self.isDurable = isDurable
        self.access = access
        self.name = name
        self.typePath = typePath
        self.pattern = pattern
        self.children = children
        self.links = links
        self.annotationLocation = annotationLocation
        self.annotationText = annotationText
    }

    /// The type name as written in Swift, e.g. `Cinder.CreateVolumeAPI`.
    public var typeName: String { typePath.joined(separator: ".") }
}

/// A child named in a flow's `tasks:` list, resolved.
public struct FlowChild: Sendable, Hashable {
    /// What the child is.
    public enum Kind: Sendable, Hashable {
        /// A task, by task name.
        case task(String)
        /// A nested flow, by the type path it is declared on.
        case flow([String])
    }

    /// What the child is.
    public var kind: Kind
    /// Where it is named in the `tasks:` line.
    public var location: SourceLocation

    /// Creates a child reference.
    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// An explicit edge `from -> to` of a graph flow, by child name.
public struct FlowLinkModel: Sendable, Hashable {
    /// The child that runs first.
    public var from: String
    /// The child that waits.
    public var to: String
    /// Where the `link:` line is.
    public var location: SourceLocation

    /// Creates a link.
    public init(from: String, to: String, location: SourceLocation) {
        self.from = from
        self.to = to
        self.location = location
    }
}
