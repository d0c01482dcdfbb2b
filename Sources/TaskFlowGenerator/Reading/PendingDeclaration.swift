/// What has been seen of a declaration before its keyword: doc comments, attributes and
/// modifiers, as token indices.
struct PendingDeclaration {
    /// The doc comment tokens since the last declaration or statement.
    var docComments: [Int] = []
    /// The first attribute or modifier token, if any.
    var start: Int?
    /// The `@` tokens of the attributes.
    var attributes: [Int] = []
    /// The modifier tokens.
    var modifiers: [Int] = []

    /// Forgets everything (keeping storage, since the next declaration will need it).
    mutating func clear() {
        // Attributes and modifiers set `start`: most tokens find nothing to forget.
        if start == nil, docComments.isEmpty { return }
        if !docComments.isEmpty { docComments.removeAll(keepingCapacity: true) }
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        if !modifiers.isEmpty { modifiers.removeAll(keepingCapacity: true) }
        start = nil
    }

    /// Notes that a declaration's attributes or modifiers start at `index`, unless they
    /// started earlier.
    mutating func noteStart(_ index: Int) {
        if start == nil { start = index }
    }
}
