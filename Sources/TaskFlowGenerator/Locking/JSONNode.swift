/// A JSON value read from text, with the line and column where it starts, so that a problem in
/// a hand-edited file can be reported where it is.
struct JSONNode: Sendable {
    /// What the value is.
    enum Value: Sendable {
        case string(String)
        /// A number, as written (the lock file holds none; kept to read any valid JSON).
        case number(String)
        case bool(Bool)
        case null
        case array([JSONNode])
        /// Members in the order written.
        case object([(key: String, value: JSONNode)])
    }

    /// The value.
    var value: Value
    /// The line of its first character, from 1.
    var line: Int
    /// The column of its first character, from 1, in UTF-8 bytes.
    var column: Int

    /// What the value is called in a message: `a string`, `an object`, ….
    var kindDescription: String {
        switch value {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Text that is not JSON, with the place where reading stopped.
struct JSONSyntaxError: Error, Sendable {
    /// What was expected or found.
    var message: String
    /// The line, from 1.
    var line: Int
    /// The column, from 1, in UTF-8 bytes.
    var column: Int
}
