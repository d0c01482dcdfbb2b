/// Why the database's schema cannot be used.
public enum SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name is not a plain SQL identifier (see ``TaskFlowSchema/init(_:)``).
    case invalidName(String)
    /// The schema is not installed in the database.
    case missing(schema: String)
    /// The schema is installed at another version than this library's.
    case versionMismatch(schema: String, installed: Int, expected: Int)

    public var description: String {
        switch self {
        case .invalidName(let name):
            "'\(name)' is not a schema name: use lower-case letters, digits and '_', at most 48, not starting with a digit"
        case .missing(let schema):
            "the database has no taskflow schema '\(schema)'; install it with `taskflow-pg migrate`"
        case .versionMismatch(let schema, let installed, let expected) where installed < expected:
            "schema '\(schema)' is at version \(installed) but this library needs version \(expected);"
                + " upgrade it with `taskflow-pg migrate`"
        case .versionMismatch(let schema, let installed, let expected):
            "schema '\(schema)' is at version \(installed), newer than this library's \(expected);"
                + " run workers and commands built from the same release as `taskflow-pg migrate`"
        }
    }
}
