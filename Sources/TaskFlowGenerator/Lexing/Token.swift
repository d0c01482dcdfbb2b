/// One token of a Swift source file: what it is and which bytes it covers.
///
/// Tokens carry byte offsets, never text: the reader materialises strings only for the
/// declarations it returns. Trivia (spaces, newlines) is not a token; whether some preceded a
/// token is kept in two flags, because Swift's grammar depends on it (`a?` versus `a ?`, and a
/// declaration ends at the end of its line).
struct Token: Sendable, Hashable {
    /// What the token is.
    var kind: TokenKind
    /// The keyword an identifier spells (`.none` for other identifiers, for backticked names
    /// and for tokens that are not identifiers); the directive a `#` keyword spells.
    var keyword: Keyword
    /// Whether whitespace or a comment separates this token from the previous one.
    var hasSpaceBefore: Bool
    /// Whether a line break separates this token from the previous one (or it is the first).
    var startsLine: Bool
    /// The token's first byte (for an operator token, the operator character).
    var first: UInt8
    /// The offset of the token's first byte.
    var start: Int
    /// The offset just past the token's last byte.
    var end: Int

    /// Whether the token is a comment of any kind.
    var isComment: Bool {
        switch kind {
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: true
        default: false
        }
    }

    /// Whether the token is the single operator character `character`.
    func isOperator(_ character: UInt8) -> Bool {
        kind == .operatorCharacter && first == character
    }
}

/// The kinds of token the lexer produces.
///
/// Operators are lexed one character at a time (`>>` is two tokens) so that generic argument
/// lists close where Swift's type grammar says; expressions are never evaluated, so nothing is
/// lost. `->` is the one exception, because `-` and `>` never mean anything else together in a
/// signature.
enum TokenKind: UInt8, Sendable, Hashable {
    /// A name, keyword or backticked name; `$0` and `$name` too.
    case identifier
    /// An integer or floating-point literal.
    case number
    /// A segment of a string literal. A literal without interpolation is one segment; one with
    /// interpolation is a segment up to each `\(` (the `\` included), the interpolated
    /// expression's own tokens between `(` and `)`, and a segment after.
    case stringSegment
    /// A regex literal, `/…/` or `#/…/#`.
    case regex
    /// `// …` up to the end of the line.
    case lineComment
    /// `/* … */`, nested comments included.
    case blockComment
    /// `/// …` up to the end of the line.
    case docLineComment
    /// `/** … */`.
    case docBlockComment
    /// `#` followed by a name: `#if`, `#else`, `#available`, a freestanding macro…
    case poundKeyword
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `{`
    case leftBrace
    /// `}`
    case rightBrace
    /// `,`
    case comma
    /// `:`
    case colon
    /// `;`
    case semicolon
    /// `.`
    case dot
    /// `@`
    case at
    /// `\` outside a string (a key path).
    case backslash
    /// `->`
    case arrow
    /// One operator character: `= - + ! * % < > & | ^ ~ ? /`.
    case operatorCharacter
    /// A byte that starts no Swift token (a lone `#`, a stray backtick, a control character).
    case unknown
}
