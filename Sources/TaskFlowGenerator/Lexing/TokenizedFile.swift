/// A lexed file: its tokens, where each bracket closes, and what was malformed.
struct TokenizedFile {
    /// The source bytes the token offsets refer to.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Every token, comments included, in source order.
    let tokens: [Token]
    /// The problems the lexer found.
    let problems: [LexicalProblem]
    /// For each `(`, `[` or `{` token, the index of the token that closes it; `-1` when
    /// nothing does (and for every other token).
    let closers: [Int]

    /// Lexes `bytes` and matches its brackets.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        (tokens, problems) = Lexer.tokenize(bytes)
        closers = Self.matchBrackets(tokens)
    }

    /// Matches brackets with a stack, in one pass. A closer that does not match the innermost
    /// opener closes the nearest matching opener within a few levels (the ones between stay
    /// unclosed), or nothing — so that malformed input costs no more than linear time.
    private static func matchBrackets(_ tokens: [Token]) -> [Int] {
        var closers = [Int](repeating: -1, count: tokens.count)
        var open: [Int] = []
        for index in tokens.indices {
            let kind = tokens[index].kind
            switch kind {
            case .leftParen, .leftBracket, .leftBrace:
                open.append(index)
            case .rightParen, .rightBracket, .rightBrace:
                let opener: TokenKind = kind == .rightParen ? .leftParen : kind == .rightBracket ? .leftBracket : .leftBrace
                var depth = open.count - 1
                let limit = max(0, open.count - 8)
                while depth >= limit, tokens[open[depth]].kind != opener { depth -= 1 }
                if depth >= limit {
                    closers[open[depth]] = index
                    open.removeSubrange(depth...)
                }
            default:
                break
            }
        }
        return closers
    }
}
