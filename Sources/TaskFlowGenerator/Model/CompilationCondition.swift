/// Conditions of `#if` blocks as the generator keeps them: one clause per condition that must
/// hold, as written (`DEBUG`, `os(Linux)`, `!(A || B)`), outermost first.
///
/// Generated code for a flow declared inside `#if` is wrapped in the same condition; the tasks
/// it calls must be compiled wherever it is. Clauses are compared as written (spaces aside), not
/// by logic: `A && B` is not known to imply `A`.
public enum CompilationCondition {
    /// `condition` negated: `!DEBUG`, `!os(Linux)`, or `!(A || B)` when it is more than one
    /// term.
    public static func negated(_ condition: String) -> String {
        isSingleTerm(condition) ? "!" + condition : "!(" + condition + ")"
    }

    /// The clauses joined into one `#if` condition, each in parentheses when it has operators
    /// of its own: `DEBUG && !os(Linux) && (A || B)`.
    public static func conjunction(_ clauses: [String]) -> String {
        clauses.map { clauses.count == 1 || isSingleTerm($0) || isNegatedTerm($0) ? $0 : "(" + $0 + ")" }
            .joined(separator: " && ")
    }

    /// Whether every clause of `inner` is among those of `outer`: code compiled under `outer`
    /// may use a declaration compiled under `inner`.
    public static func holds(_ inner: [String], wherever outer: [String]) -> Bool {
        guard !inner.isEmpty else { return true }
        let available = Set(outer.map(normalized))
        return inner.allSatisfy { available.contains(normalized($0)) }
    }

    /// The clause without spaces, for comparison.
    static func normalized(_ clause: String) -> String {
        clause.filter { !$0.isWhitespace }
    }

    /// An identifier, a literal, or a call such as `os(Linux)` or `swift(>=6.0)`: a term that
    /// `!` and `&&` bind to as a whole.
    private static func isSingleTerm(_ condition: String) -> Bool {
        var depth = 0
        var sawClose = false
        for character in condition {
            switch character {
            case "(":
                if sawClose { return false }
                depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return false }
                if depth == 0 { sawClose = true }
            case " ", "!", "&", "|", "<", ">", "=":
                if depth == 0 { return false }
            default:
                if depth == 0, sawClose { return false }
            }
        }
        return depth == 0 && !condition.isEmpty
    }

    /// A term, or `!` before one: binds as a whole to `&&`.
    private static func isNegatedTerm(_ condition: String) -> Bool {
        condition.hasPrefix("!") && isSingleTerm(String(condition.dropFirst()))
    }
}
