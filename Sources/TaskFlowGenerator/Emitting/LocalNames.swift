/// The local constants of one adapter: each symbol's own name, unless that would shadow
/// something the adapter uses (then with `_` appended).
struct LocalNames {
    private var taken: Set<String>
    private var bySymbol: [String: String] = [:]

    /// Starts with `reserved` already taken.
    init(reserved: Set<String>) { taken = reserved }

    /// The local already chosen for `symbol`, if any.
    func existing(for symbol: String) -> String? { bySymbol[symbol] }

    /// Chooses the local for `symbol`.
    mutating func local(for symbol: String) -> String {
        var name = symbol
        while taken.contains(name) { name += "_" }
        taken.insert(name)
        let local = SwiftSyntaxText.identifier(name)
        bySymbol[symbol] = local
        return local
    }
}
