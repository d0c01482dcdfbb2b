/// Something malformed the lexer found, at the byte offset where it starts.
struct LexicalProblem: Sendable, Hashable {
    /// The kinds of malformed input.
    enum Kind: Sendable, Hashable {
        /// A string literal that does not end (before the end of its line, for a single-line
        /// literal; before the end of the file otherwise).
        case unterminatedString
        /// A `/*` comment that does not end.
        case unterminatedComment
        /// A `#/…/#` regex literal that does not end.
        case unterminatedRegex

        /// The message, worded as swiftc words it.
        var message: String {
            switch self {
            case .unterminatedString: "unterminated string literal"
            case .unterminatedComment: "unterminated '/*' comment"
            case .unterminatedRegex: "unterminated regex literal"
            }
        }
    }

    /// What is wrong.
    var kind: Kind
    /// The offset of the first byte of the malformed token.
    var offset: Int
}
