/// A task as a journal remembers it: its name and the version that ran.
public struct JournaledTask: Sendable, Hashable, Codable {
    /// The task's name, unique within its flow.
    public var name: String
    /// The version of the task when the run started.
    public var version: TaskVersion

    /// Creates a journaled task.
    /// - Parameters:
    ///   - name: The task's name.
    ///   - version: Its version.
    public init(name: String, version: TaskVersion) {
        self.name = name
        self.version = version
    }
}
