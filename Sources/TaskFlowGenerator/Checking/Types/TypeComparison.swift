/// What comparing two types' text can tell.
enum TypeMatch: Sendable, Hashable {
    /// The same type (after normalising), or a `T` feeding a `T?`.
    case compatible
    /// Certainly different types.
    case different
    /// The texts differ but may name the same type (a typealias, a type from another module, a
    /// subclass or protocol); the compiler decides when it compiles the generated code.
    case undecided

    /// The combination of element-wise results: different if any is, else undecided if any is.
    static func all(_ matches: [TypeMatch]) -> TypeMatch {
        if matches.contains(.different) { return .different }
        if matches.contains(.undecided) { return .undecided }
        return .compatible
    }
}

extension ModuleTypes {
    /// Whether a value of type `provided` can be stored where `consumed` is expected: the same
    /// type, or `consumed` is `Optional<provided>`.
    /// - Parameters:
    ///   - provided: The provider's type as written (already qualified).
    ///   - consumed: The consumer's type as written (already qualified).
    /// - Returns: What the text can tell.
    func match(provided: String, consumed: String) -> TypeMatch {
        let provided = parseType(provided).tree
        let consumed = parseType(consumed).tree
        let exact = equivalence(provided, consumed)
        if exact == .compatible { return .compatible }
        if let wrapped = consumed.optionalWrapped, provided.optionalWrapped == nil {
            let promoted = equivalence(provided, wrapped)
            if promoted != .different { return promoted }
        }
        return exact
    }

    /// Whether two types are the same type (no conversions).
    func same(_ a: String, _ b: String) -> TypeMatch {
        equivalence(parseType(a).tree, parseType(b).tree)
    }

    /// Whether two parsed types are the same type (no conversions).
    func same(_ a: TypeTree, _ b: TypeTree) -> TypeMatch {
        equivalence(a, b)
    }

    private func equivalence(_ a: TypeTree, _ b: TypeTree) -> TypeMatch {
        if a == b { return .compatible }
        switch (a, b) {
        case (.named(let left), .named(let right)):
            let sameShape = left.count == right.count
                && zip(left, right).allSatisfy { $0.name == $1.name && $0.arguments.count == $1.arguments.count }
            if sameShape {
                return .all(zip(left, right).flatMap { zip($0.arguments, $1.arguments).map(equivalence) })
            }
            return isCertain(left) && isCertain(right) ? .different : .undecided
        case (.tuple(let left), .tuple(let right)):
            guard left.count == right.count, zip(left, right).allSatisfy({ $0.label == $1.label }) else { return .different }
            return .all(zip(left, right).map { equivalence($0.type, $1.type) })
        case (.named(let path), .tuple), (.tuple, .named(let path)):
            return isCertain(path) ? .different : .undecided
        default:
            return .undecided
        }
    }
}
