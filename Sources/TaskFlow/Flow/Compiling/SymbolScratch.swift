/// What the pattern being joined knows about each symbol, in one array indexed by symbol.
///
/// One scratch serves a whole compile: a pattern joins its children only after every nested
/// flow among them is compiled, so one pattern at a time uses it, and each clears the entries
/// it set before it returns or throws (``FlowCompiler/clearScratch(since:)``). Looking a symbol
/// up is one array access — everything about it shares a cache line — and no hashing.
struct SymbolScratch {
    /// What the pattern knows about one symbol.
    struct Entry {
        // 32-bit storage: an entry is 16 bytes, four to a cache line.
        private var storedProvision: Int32 = -1
        private var storedProvider: Int32 = -1
        private var storedChild: Int32 = -1

        /// Where the flow's provision of the symbol is in the compiler's provisions, or -1.
        var provision: Int {
            get { Int(storedProvision) }
            set { storedProvision = Int32(newValue) }
        }
        /// The task providing the symbol, as that provision says.
        var provider: Int {
            get { Int(storedProvider) }
            set { storedProvider = Int32(newValue) }
        }
        /// Linear: the child that first required the symbol with nothing earlier or in the
        /// inputs to satisfy it. Unordered and graph: the child that provides it. -1 when none.
        var child: Int {
            get { Int(storedChild) }
            set { storedChild = Int32(newValue) }
        }
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
