/// A `{ … }` the reader is inside: a type's body, or any other body (function, closure,
/// accessor, statement).
struct Scope {
    /// `struct`, `enum`, `class`, `actor`, `protocol` or `extension` for a type's body; `nil`
    /// for any other body.
    var typeKind: String?
    /// The path of the types around this point, e.g. `["Cinder", "Database"]`.
    var path: [String]
    /// Whether some enclosing body is not a type's body (declarations here are local).
    var isInsideBody: Bool
    /// The attributes of the type or extension whose body this is (`@MainActor extension …`);
    /// empty for any other body.
    var attributes: [String] = []

    /// The body of a type or extension called `path`, declared with `attributes`, inside `outer`.
    static func type(_ kind: String, path: [String], attributes: [String], in outer: Scope?) -> Scope {
        Scope(typeKind: kind, path: path, isInsideBody: outer?.isInsideBody ?? false, attributes: attributes)
    }

    /// A body that is not a type's, inside `outer`.
    static func body(in outer: Scope?) -> Scope {
        Scope(typeKind: nil, path: outer?.path ?? [], isInsideBody: true)
    }
}

/// An `#if` the reader is inside, with what it needs to make every branch start alike.
struct ConditionalBlock {
    /// The scopes open at the `#if`; each branch starts from them (`nil` past
    /// `DeclarationReader.deepestRestoredScope`).
    var scopesAtStart: [Scope]?
    /// The scopes open at the end of the first branch; after `#endif` reading continues from
    /// them, so that a brace opened in every branch (`#if A` `extension X {` `#else` …) stays
    /// open once.
    var scopesAfterFirstBranch: [Scope]?
    /// How many clauses `DeclarationReader.activeConditions` held at the `#if`: this block's
    /// clauses follow them.
    var base: Int
    /// The conditions of the branches before the current one, as written.
    var earlierConditions: [String] = []
    /// The current branch's condition as written; `nil` in `#else`.
    var condition: String?

    /// What must hold for the current branch to be compiled, at most `limit` clauses: each
    /// earlier branch's condition negated, then this branch's own.
    func clauses(limit: Int) -> [String] {
        var clauses: [String] = []
        for earlier in earlierConditions.prefix(limit) { clauses.append(CompilationCondition.negated(earlier)) }
        if let condition, clauses.count < limit { clauses.append(condition) }
        return clauses
    }
}
