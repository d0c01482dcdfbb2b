/// Symbols and the tasks that use them, kept in the order the symbols were first seen.
///
/// The order makes every error message and every output list deterministic; the dictionary
/// makes each lookup O(1) while a flow is compiled. A single task's uses — by far the most
/// common — share the task's metadata array and build no dictionary until something is added.
struct SymbolUses: Sendable {
    /// Symbols in the order they were first added.
    private(set) var symbols: [String] = []
    private var tasks: [String: [Int]] = [:]
    /// When set, every symbol is used by this task alone and `tasks` is still empty.
    private var onlyTask: Int?

    init() {}

    /// The uses of one task: each of `symbols` used by `task`.
    init(task: Int, symbols: [String]) {
        self.symbols = symbols
        self.onlyTask = task
    }

    /// ``symbols`` without repeats (a single task's metadata may list a symbol twice).
    var uniqueSymbols: [String] {
        guard onlyTask != nil else { return symbols }
        var seen = Set<String>()
        return symbols.filter { seen.insert($0).inserted }
    }

    /// The tasks that use `symbol`, or `nil` when none does.
    subscript(symbol: String) -> [Int]? {
        if let onlyTask { return symbols.contains(symbol) ? [onlyTask] : nil }
        return tasks[symbol]
    }

    /// Whether some task uses `symbol`.
    func contains(_ symbol: String) -> Bool {
        if onlyTask != nil { return symbols.contains(symbol) }
        return tasks[symbol] != nil
    }

    /// Adds `users` to the tasks using `symbol`.
    mutating func add(_ symbol: String, _ users: [Int]) {
        materialize()
        // One hash look-up: a new key shows as a change in count.
        let count = tasks.count
        tasks[symbol, default: []].append(contentsOf: users)
        if tasks.count != count { symbols.append(symbol) }
    }

    /// Makes `users` the only tasks using `symbol` (a later provider replaces an earlier one).
    mutating func replace(_ symbol: String, with users: [Int]) {
        materialize()
        if tasks.updateValue(users, forKey: symbol) == nil { symbols.append(symbol) }
    }

    /// Turns the uses of a single task into the general table, before it changes.
    private mutating func materialize() {
        guard let task = onlyTask else { return }
        onlyTask = nil
        let listed = symbols
        symbols = []
        for symbol in listed where tasks[symbol] == nil {
            symbols.append(symbol)
            tasks[symbol] = [task]
        }
    }
}
