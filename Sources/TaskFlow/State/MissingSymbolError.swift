/// A task read a symbol that no input and no earlier task supplied.
///
/// Generated flows are checked at build time, so this error means the state was changed by
/// hand or a flow built by hand was scheduled in a way its metadata did not describe.
public struct MissingSymbolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The symbol that had no value.
    public var symbol: String

    /// Creates the error for `symbol`.
    public init(symbol: String) {
        self.symbol = symbol
    }

    public var description: String {
        "no value for symbol '\(symbol)': no input supplied it and no earlier task provided it"
    }
}

/// Returns the value of a required symbol, or throws when it has none.
///
/// Task adapters call this inside ``FlowStore/read(_:)`` for each symbol they require:
///
/// ```swift
/// let size = try store.read { try requireSymbol($0.size, "size") }
/// ```
/// - Parameters:
///   - value: The symbol's stored property in the flow's state.
///   - symbol: The symbol's name, for the error.
/// - Returns: The unwrapped value.
/// - Throws: ``MissingSymbolError`` when `value` is `nil`.
@inlinable
public func requireSymbol<Value>(_ value: Value?, _ symbol: StaticString) throws(MissingSymbolError) -> Value {
    guard let value else { throw MissingSymbolError(symbol: "\(symbol)") }
    return value
}
