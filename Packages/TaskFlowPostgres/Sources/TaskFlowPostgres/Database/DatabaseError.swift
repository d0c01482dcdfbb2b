import PostgresNIO

/// A statement the database refused or could not answer, with what was being done and what the
/// server said.
///
/// postgres-nio's own errors print a generic text on purpose (so that bound values never leak
/// into logs); this error keeps the server's message, its SQLSTATE code and the operation, which is
/// what a journal record, a run's `last_error` or a person reading a log needs.
public struct DatabaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done, such as "appending to run 6F…".
    public var operation: String
    /// The SQLSTATE code the server sent (`40001`, `57014`, …), `nil` when the failure was not the
    /// server's (a lost connection, a closed pool).
    public var sqlState: String?
    /// The server's message, or what went wrong on the client's side.
    public var message: String

    /// A failure of `operation`.
    public init(operation: String, sqlState: String?, message: String) {
        self.operation = operation
        self.sqlState = sqlState
        self.message = message
    }

    public var description: String {
        "database error \(operation): \(message)" + (sqlState.map { " (SQLSTATE \($0))" } ?? "")
    }

    /// Whether the connection, not the statement, failed: the statement may be sent again on
    /// another connection.
    public var isConnectionFailure: Bool {
        sqlState == nil || sqlState!.hasPrefix("08") || sqlState == "57P01" || sqlState == "57P03"
    }

    /// `error` as this library reports it: ``SchemaError``s and ``DatabaseError``s pass through,
    /// postgres-nio's errors (also inside a transaction's) become a ``DatabaseError``.
    static func wrapping(_ error: any Error, while operation: String) -> any Error {
        if error is SchemaError || error is DatabaseError { return error }
        if let transaction = error as? PostgresTransactionError {
            for inner in [transaction.closureError, transaction.beginError, transaction.commitError]
            where inner != nil {
                return wrapping(inner!, while: operation)
            }
        }
        if let psql = error as? PSQLError {
            if let server = psql.serverInfo {
                return DatabaseError(
                    operation: operation, sqlState: server[.sqlState],
                    message: server[.message] ?? "the server refused the statement")
            }
            return DatabaseError(operation: operation, sqlState: nil, message: "\(psql.code)")
        }
        return DatabaseError(operation: operation, sqlState: nil, message: "\(error)")
    }
}
