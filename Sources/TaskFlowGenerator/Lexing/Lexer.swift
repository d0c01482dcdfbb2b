/// Turns the bytes of a Swift file into tokens, one pass, one `switch` per token.
///
/// The lexer knows every token form that can hide a doc comment or a `func`: comments (nested
/// block comments included), string literals of every kind (multi-line, raw at any `#` depth,
/// interpolation containing nested strings and closures), regex literals, backticked names and
/// `#` directives. It never fails: malformed input becomes tokens plus problems located at the
/// start of what is malformed, and every loop advances, so no input can make it hang.
///
/// Bytes of any value are accepted; bytes from 0x80 up are treated as parts of names, which is
/// what both valid Unicode identifiers and invalid UTF-8 need (neither hides a declaration).
struct Lexer {
    /// The source being lexed.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to look at.
    private(set) var position = 0
    /// The tokens produced so far.
    private(set) var tokens: [Token] = []
    /// The problems found so far.
    private(set) var problems: [LexicalProblem] = []

    /// The keywords, looked up for every name.
    private let keywords = KeywordTable.shared
    /// String literals whose interpolation is being lexed, innermost last.
    private var openInterpolations: [OpenInterpolation] = []
    /// Whether trivia or a comment precedes the token being lexed.
    private var sawSpace = false
    /// Whether a line break precedes the token being lexed.
    private var sawNewline = true

    /// A string literal suspended at `\(` while its interpolated expression is lexed.
    private struct OpenInterpolation {
        /// Unclosed `(` inside the interpolation, its own opening parenthesis included.
        var depth: Int
        /// The literal's delimiter.
        var delimiter: StringDelimiter
        /// Where the literal starts (its first `#` or `"`), for an "unterminated" problem.
        var literalStart: Int
    }

    /// Creates a lexer over `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    /// Lexes the whole input.
    ///
    /// - Returns: The tokens in source order (comments included) and the problems found.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], problems: [LexicalProblem]) {
        var lexer = Lexer(bytes: bytes)
        lexer.lexAll()
        return (lexer.tokens, lexer.problems)
    }

    // MARK: - Main loop

    private mutating func lexAll() {
        skipShebang()
        while true {
            skipWhitespace()
            guard position < bytes.count else { break }
            lexToken()
        }
        for interpolation in openInterpolations.reversed() {
            report(.unterminatedString, at: interpolation.literalStart)
        }
    }

    private mutating func lexToken() {
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "_"), 0x80...0xFF:
            position = endOfName(from: position + 1)
            emit(.identifier, from: start, keyword: keywords.keyword(bytes, from: start, to: position))
        case UInt8(ascii: "$"):
            position = endOfName(from: position + 1)
            emit(.identifier, from: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "\""):
            let isMultiline = byteAt(position + 1) == UInt8(ascii: "\"") && byteAt(position + 2) == UInt8(ascii: "\"")
            lexString(delimiter: StringDelimiter(hashes: 0, isMultiline: isMultiline), literalStart: start)
        case UInt8(ascii: "#"):
            lexPound()
        case UInt8(ascii: "/"):
            lexSlash()
        case UInt8(ascii: "`"):
            lexBacktickedName()
        case UInt8(ascii: "("):
            if !openInterpolations.isEmpty { openInterpolations[openInterpolations.count - 1].depth += 1 }
            single(.leftParen)
        case UInt8(ascii: ")"):
            single(.rightParen)
            if let last = openInterpolations.indices.last {
                openInterpolations[last].depth -= 1
                if openInterpolations[last].depth == 0 {
                    let open = openInterpolations.removeLast()
                    sawSpace = false
                    sawNewline = false
                    lexStringBody(from: position, delimiter: open.delimiter, literalStart: open.literalStart)
                }
            }
        case UInt8(ascii: "["): single(.leftBracket)
        case UInt8(ascii: "]"): single(.rightBracket)
        case UInt8(ascii: "{"): single(.leftBrace)
        case UInt8(ascii: "}"): single(.rightBrace)
        case UInt8(ascii: ","): single(.comma)
        case UInt8(ascii: ":"): single(.colon)
        case UInt8(ascii: ";"): single(.semicolon)
        case UInt8(ascii: "."): single(.dot)
        case UInt8(ascii: "@"): single(.at)
        case UInt8(ascii: "\\"): single(.backslash)
        case UInt8(ascii: "-"):
            if byteAt(position + 1) == UInt8(ascii: ">") {
                position += 2
                emit(.arrow, from: start)
            } else {
                single(.operatorCharacter)
            }
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"),
             UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"):
            single(.operatorCharacter)
        default:
            single(.unknown)
        }
    }

    // MARK: - Trivia

    private mutating func skipShebang() {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") else { return }
        position = endOfLine(from: 2)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C, 0x00:
                sawSpace = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                sawSpace = true
                sawNewline = true
            default:
                return
            }
            position += 1
        }
    }

    // MARK: - Names and numbers

    /// The end of the name whose remaining characters start at `index`.
    private func endOfName(from index: Int) -> Int {
        var index = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        return index
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...0xFF:
            true
        default:
            false
        }
    }

    private mutating func lexBacktickedName() {
        let start = position
        var index = position + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                position = index + 1
                emit(.identifier, from: start)
                return
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            index += 1
        }
        single(.unknown)
    }

    private mutating func lexNumber() {
        let start = position
        let isHex = byteAt(position + 1) == UInt8(ascii: "x") && bytes[position] == UInt8(ascii: "0")
        let exponent: (UInt8, UInt8) = isHex ? (UInt8(ascii: "p"), UInt8(ascii: "P")) : (UInt8(ascii: "e"), UInt8(ascii: "E"))
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if isNameByte(byte) {
                position += 1
            } else if byte == UInt8(ascii: "."), let next = byteAt(position + 1), isDigit(next) || isHex && isNameByte(next) && next < 0x80 {
                position += 1
            } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"),
                      bytes[position - 1] == exponent.0 || bytes[position - 1] == exponent.1,
                      let next = byteAt(position + 1), isDigit(next) {
                position += 1
            } else {
                break
            }
        }
        emit(.number, from: start)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: - `#`

    private mutating func lexPound() {
        let start = position
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let hashes = index - start
        switch byteAt(index) {
        case UInt8(ascii: "\""):
            position = index
            let isMultiline = byteAt(index + 1) == UInt8(ascii: "\"") && byteAt(index + 2) == UInt8(ascii: "\"")
                && !closesOnSameLine(from: index + 1, hashes: hashes)
            lexString(delimiter: StringDelimiter(hashes: hashes, isMultiline: isMultiline), literalStart: start)
        case UInt8(ascii: "/"):
            lexExtendedRegex(hashes: hashes, from: start)
        case let byte? where hashes == 1 && isNameByte(byte) && !isDigit(byte):
            position = endOfName(from: index)
            emit(.poundKeyword, from: start, keyword: Keyword.classifyDirective(bytes, from: index, to: position))
        default:
            single(.unknown)
        }
    }

    /// Whether a `"` followed by exactly `hashes` `#` comes before the end of the line that
    /// `index` is on: then `#"""#` and the like are single-line raw strings that start with
    /// a quote, not multi-line ones (as swiftc reads them).
    private func closesOnSameLine(from index: Int, hashes: Int) -> Bool {
        var index = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return false
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                if end - index - 1 == hashes { return true }
                index = end
            default:
                index += 1
            }
        }
        return false
    }

    // MARK: - Helpers

    /// The byte at `index`, or `nil` past the end.
    func byteAt(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// The offset of the line break ending the line that contains `index` (or the end).
    func endOfLine(from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
        return index
    }

    /// Emits a one-byte token of `kind` at the current position.
    mutating func single(_ kind: TokenKind) {
        position += 1
        emit(kind, from: position - 1)
    }

    /// Emits a token of `kind` from `start` to the current position.
    mutating func emit(_ kind: TokenKind, from start: Int, keyword: Keyword = .none) {
        tokens.append(Token(
            kind: kind, keyword: keyword, hasSpaceBefore: sawSpace, startsLine: sawNewline,
            first: start < bytes.count ? bytes[start] : 0, start: start, end: position))
        switch kind {
        case .lineComment, .blockComment, .docLineComment, .docBlockComment:
            sawSpace = true
        default:
            sawSpace = false
            sawNewline = false
        }
    }

    /// Notes that a line break was passed inside a token (a block comment).
    mutating func noteLineBreak() {
        sawNewline = true
    }

    /// Records a problem at `offset`.
    mutating func report(_ kind: LexicalProblem.Kind, at offset: Int) {
        problems.append(LexicalProblem(kind: kind, offset: offset))
    }

    /// Suspends the string literal being lexed at an interpolation's `(` (the next byte).
    mutating func openInterpolation(delimiter: StringDelimiter, literalStart: Int) {
        openInterpolations.append(OpenInterpolation(depth: 0, delimiter: delimiter, literalStart: literalStart))
    }

    /// Moves to `offset` (only forward, and never past the end: an escape's backslash may be
    /// the last byte).
    mutating func advance(to offset: Int) {
        position = max(position, min(offset, bytes.count))
    }

    /// The last token that is not a comment, if any.
    var lastSignificantToken: Token? {
        var index = tokens.count - 1
        while index >= 0 {
            if !tokens[index].isComment { return tokens[index] }
            index -= 1
        }
        return nil
    }
}
