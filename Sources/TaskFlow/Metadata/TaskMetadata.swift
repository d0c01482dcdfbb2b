/// What is known about a task before it runs: its name, version and data flow.
///
/// Generated code emits one per annotated task (in `F.metadata.tasks`); a flow built by hand
/// creates them directly. The engine schedules by these names, resolved to indices once when
/// the flow is built, never per task.
public struct TaskMetadata: Sendable, Hashable, Codable {
    /// The task's name, unique within a flow.
    public var name: String
    /// The Swift function the task calls, e.g. `reserveQuota(context:size:type:)`; `nil` for
    /// tasks built by hand.
    public var function: String?
    /// The task's version.
    public var version: TaskVersion
    /// Symbols the task must be given.
    public var requires: [String]
    /// Symbols the task reads when something provides them (parameters with defaults).
    public var optional: [String]
    /// Symbols the task's result is stored under.
    public var provides: [String]
    /// The function that undoes the task, if any.
    public var revert: String?
    /// The source file of the task's annotation, relative to its package; `nil` when unknown.
    public var file: String?
    /// The line of the task's annotation; `nil` when unknown.
    public var line: Int?

    /// Creates task metadata.
    public init(
        name: String,
        function: String? = nil,
        version: TaskVersion = .initial,
        requires: [String] = [],
        optional: [String] = [],
        provides: [String] = [],
        revert: String? = nil,
        file: String? = nil,
        line: Int? = nil
    ) {
        self.name = name
        self.function = function
        self.version = version
        self.requires = requires
        self.optional = optional
        self.provides = provides
        self.revert = revert
        self.file = file
        self.line = line
    }
}
