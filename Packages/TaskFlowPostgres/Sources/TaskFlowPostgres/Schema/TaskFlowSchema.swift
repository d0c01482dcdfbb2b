/// The PostgreSQL schema that holds a deployment's runs: its journal and its job board.
///
/// Every worker and every command of one deployment names the same schema; two deployments (or
/// two test suites) on one database keep apart by naming different ones. The name is an SQL
/// identifier, checked when the value is made, so it can be spliced into statements safely.
public struct TaskFlowSchema: Sendable, Hashable, CustomStringConvertible {
    /// The schema's name, as written in SQL.
    public let name: String

    /// The schema named `name`.
    /// - Parameter name: Lower-case letters, digits and `_`, starting with a letter or `_`, at
    ///   most 48 characters (so that the names derived from it fit PostgreSQL's 63).
    /// - Throws: ``SchemaError/invalidName(_:)`` for any other name.
    public init(_ name: String = "taskflow") throws(SchemaError) {
        let allowed = name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
        guard allowed, let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            name.utf8.count <= 48
        else { throw SchemaError.invalidName(name) }
        self.name = name
    }

    /// The default schema, `taskflow`.
    public static let `default` = try! TaskFlowSchema()

    /// The runs table, qualified: one row per run, its journal's header and its place on the board.
    public var runs: String { "\(name).runs" }

    /// The records table, qualified: every journal record of every run after its header.
    public var records: String { "\(name).records" }

    /// The table that records which version of the schema is installed.
    public var versions: String { "\(name).schema_version" }

    /// The channel that `NOTIFY` wakes idle workers on; its payload is the queue's name.
    public var channel: String { "\(name)_runs" }

    public var description: String { name }
}
