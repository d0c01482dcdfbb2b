/// What is known about a generated flow: its tasks, inputs and outputs.
///
/// Each generated flow type `F` has `static let metadata: FlowMetadata`.
public struct FlowMetadata: Sendable, Hashable, Codable {
    /// The flow's name, as written after `- Flow:`.
    public var name: String
    /// The Swift type the flow is declared on, e.g. `CreateVolumeAPI`.
    public var typeName: String
    /// How the flow orders its children.
    public var pattern: FlowPattern
    /// The flow's version (`- version:` on its `- Flow:` block, `1.0` by default).
    public var version: TaskVersion
    /// Symbols a run must be given.
    public var inputs: [String]
    /// Symbols a run may be given; when absent, the consuming parameter's default is used.
    public var optionalInputs: [String]
    /// Symbols a successful run provides.
    public var outputs: [String]
    /// Every task of the flow and of its nested flows, in the order they are listed.
    public var tasks: [TaskMetadata]
    /// The source file of the flow's annotation, relative to its package; `nil` when unknown.
    public var file: String?
    /// The line of the flow's annotation; `nil` when unknown.
    public var line: Int?

    /// Creates flow metadata.
    public init(
        name: String,
        typeName: String,
        pattern: FlowPattern,
        version: TaskVersion = .initial,
        inputs: [String],
        optionalInputs: [String] = [],
        outputs: [String],
        tasks: [TaskMetadata],
        file: String? = nil,
        line: Int? = nil
    ) {
        self.name = name
        self.typeName = typeName
        self.pattern = pattern
        self.version = version
        self.inputs = inputs
        self.optionalInputs = optionalInputs
        self.outputs = outputs
        self.tasks = tasks
        self.file = file
        self.line = line
    }
}

extension FlowMetadata {
    private enum CodingKeys: String, CodingKey {
        case name, typeName, pattern, version, inputs, optionalInputs, outputs, tasks, file, line
    }

    /// Decodes metadata; metadata encoded without `version` gets `1.0`.
    /// - Parameter decoder: The decoder.
    /// - Throws: What the decoder throws for a missing or malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            typeName: try container.decode(String.self, forKey: .typeName),
            pattern: try container.decode(FlowPattern.self, forKey: .pattern),
            version: try container.decodeIfPresent(TaskVersion.self, forKey: .version) ?? .initial,
            inputs: try container.decode([String].self, forKey: .inputs),
            optionalInputs: try container.decode([String].self, forKey: .optionalInputs),
            outputs: try container.decode([String].self, forKey: .outputs),
            tasks: try container.decode([TaskMetadata].self, forKey: .tasks),
            file: try container.decodeIfPresent(String.self, forKey: .file),
            line: try container.decodeIfPresent(Int.self, forKey: .line))
    }
}
