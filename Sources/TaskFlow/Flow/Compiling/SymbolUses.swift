/// Symbols and the tasks that use them, kept in the order the symbols were first seen.
///
/// The order makes every error message and every output list deterministic; the dictionary
/// makes each lookup O(1) while a flow is compiled. A single task's uses — by far the most
/// common — share the task's metadata array and its one-element index array, and build no
/// dictionary until something is added: looking them up allocates nothing.
struct SymbolUses: Sendable {
    /// Symbols in the order they were first added.
    private(set) var symbols: [String] = []
    private var tasks: [String: [Int]] = [:]
    /// When set, every symbol is used by these tasks alone (one task) and `tasks` is still empty.
    private var onlyUsers: [Int]?

    init() {}

    /// The uses of one task: each of `symbols` used by the task in `users`, `[index]`.
    init(users: [Int], symbols: [String]) {
        self.symbols = symbols
        self.onlyUsers = users
    }

    /// ``symbols`` without repeats (a single task's metadata may list a symbol twice).
    var uniqueSymbols: [String] {
        guard onlyUsers != nil else { return symbols }
        var seen = Set<String>()
        return symbols.filter { seen.insert($0).inserted }
    }

    /// The tasks that use `symbol`, or `nil` when none does.
    subscript(symbol: String) -> [Int]? {
        if let onlyUsers { return symbols.contains(symbol) ? onlyUsers : nil }
        return tasks[symbol]
    }

    /// Whether some task uses `symbol`.
    func contains(_ symbol: String) -> Bool {
        if onlyUsers != nil { return symbols.contains(symbol) }
        return tasks[symbol] != nil
    }

    /// Adds `users` to the tasks using `symbol`.
    mutating func add(_ symbol: String, _ users: [Int]) {
        materialize()
        // One hash look-up, and a new symbol shares `users` instead of copying it.
        if var earlier = tasks.updateValue(users, forKey: symbol) {
            // `earlier` is the only reference left: appending grows it in place.
            earlier.append(contentsOf: users)
            tasks[symbol] = earlier
        } else {
            symbols.append(symbol)
        }
    }

    /// Makes room for `count` symbols, so a pattern joining many children grows its table once.
    mutating func reserveCapacity(_ count: Int) {
        materialize()
        symbols.reserveCapacity(count)
        tasks.reserveCapacity(count)
    }

    /// Makes `users` the only tasks using `symbol` (a later provider replaces an earlier one).
    mutating func replace(_ symbol: String, with users: [Int]) {
        materialize()
        if tasks.updateValue(users, forKey: symbol) == nil { symbols.append(symbol) }
    }

    /// Turns the uses of a single task into the general table, before it changes.
    private mutating func materialize() {
        guard let users = onlyUsers else { return }
        onlyUsers = nil
        let listed = symbols
        symbols = []
        for symbol in listed where tasks[symbol] == nil {
            symbols.append(symbol)
            tasks[symbol] = users
        }
    }
}
