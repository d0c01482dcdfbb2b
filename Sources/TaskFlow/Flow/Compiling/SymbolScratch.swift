/// What the pattern being joined knows about each symbol, in one array indexed by symbol.
///
/// One scratch serves a whole compile: a pattern joins its children only after every nested
/// flow among them is compiled, so one pattern at a time uses it, and each clears the entries
/// it set before it returns or throws (``FlowCompiler/clearScratch(since:)``). Looking a symbol
/// up is one array access — everything about it shares a cache line — and no hashing.
struct SymbolScratch {
    /// What the pattern knows about one symbol.
    struct Entry {
        /// Where the flow's provision of the symbol is in the compiler's provisions, or -1.
        var provision = -1
        /// The task providing the symbol, as that provision says.
        var provider = -1
        /// Linear: the child that first required the symbol with nothing earlier or in the
        /// inputs to satisfy it. Unordered and graph: the child that provides it. -1 when none.
        var child = -1
        /// Whether the flow requires the symbol from outside.
        var required = false
    }

    private var entries: [Entry]

    /// A scratch for symbols `0 ..< symbolCount`, all clear.
    init(symbolCount: Int) {
        entries = Array(repeating: Entry(), count: symbolCount)
    }

    /// What is known about `symbol`.
    subscript(symbol: Int) -> Entry {
        get { entries[symbol] }
        _modify { yield &entries[symbol] }
    }

    /// Forgets everything about `symbol`.
    mutating func clear(_ symbol: Int) {
        entries[symbol] = Entry()
    }
}
