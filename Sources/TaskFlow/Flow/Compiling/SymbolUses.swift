/// Symbols and the tasks that use them, kept in the order the symbols were first seen.
///
/// The order makes every error message and every output list deterministic; the dictionary
/// makes each lookup O(1) while a flow is compiled.
struct SymbolUses: Sendable {
    /// Symbols in the order they were first added.
    private(set) var symbols: [String] = []
    private var tasks: [String: [Int]] = [:]

    /// The tasks that use `symbol`, or `nil` when none does.
    subscript(symbol: String) -> [Int]? {
        tasks[symbol]
    }

    /// Adds `users` to the tasks using `symbol`.
    mutating func add(_ symbol: String, _ users: [Int]) {
        if tasks[symbol] == nil { symbols.append(symbol) }
        tasks[symbol, default: []].append(contentsOf: users)
    }

    /// Makes `users` the only tasks using `symbol` (a later provider replaces an earlier one).
    mutating func replace(_ symbol: String, with users: [Int]) {
        if tasks[symbol] == nil { symbols.append(symbol) }
        tasks[symbol] = users
    }
}
