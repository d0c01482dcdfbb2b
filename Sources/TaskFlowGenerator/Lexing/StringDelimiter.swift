/// How a string literal is delimited: `"`, `"""`, `#"`, `##"""`, …
struct StringDelimiter: Sendable, Hashable {
    /// The number of `#` around the quotes (a raw string when non-zero).
    var hashes: Int
    /// Whether the quotes are `"""`.
    var isMultiline: Bool
}
