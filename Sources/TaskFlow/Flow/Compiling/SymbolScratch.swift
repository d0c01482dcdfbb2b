/// What the pattern being joined knows about each symbol, in arrays indexed by symbol.
///
/// One scratch serves a whole compile: a pattern joins its children only after every nested
/// flow among them is compiled, so one pattern at a time uses it, and each clears the entries
/// it set before it returns or throws (``FlowCompiler/clearScratch(since:)``). Looking a symbol
/// up is an array access: no hashing.
struct SymbolScratch {
    /// Where the flow's provision of each symbol is in the compiler's provisions, or -1.
    var provision: [Int]
    /// Linear: the child that first required the symbol with nothing earlier or in the inputs to
    /// satisfy it. Unordered and graph: the child that provides it. -1 when none.
    var child: [Int]
    /// Whether the flow requires the symbol from outside.
    var required: [Bool]

    /// A scratch for symbols `0 ..< symbolCount`, all clear.
    init(symbolCount: Int) {
        provision = Array(repeating: -1, count: symbolCount)
        child = Array(repeating: -1, count: symbolCount)
        required = Array(repeating: false, count: symbolCount)
    }

    /// Forgets everything about `symbol`.
    mutating func clear(_ symbol: Int) {
        provision[symbol] = -1
        child[symbol] = -1
        required[symbol] = false
    }
}
