// MARK: - Comments, and what else a `/` starts

extension Lexer {
    /// Lexes what starts with `/`: a comment, a bare regex literal or the division operator.
    mutating func lexSlash() {
        let start = position
        switch byteAt(position + 1) {
        case UInt8(ascii: "/"):
            let isDoc = byteAt(position + 2) == UInt8(ascii: "/")
            advance(to: endOfLine(from: position + 2))
            emit(isDoc ? .docLineComment : .lineComment, from: start)
        case UInt8(ascii: "*"):
            lexBlockComment()
        default:
            if let end = bareRegexEnd(from: start) {
                advance(to: end)
                emit(.regex, from: start)
            } else {
                single(.operatorCharacter)
            }
        }
    }

    /// Lexes a block comment (nested comments included) whose `/*` is at the current position.
    ///
    /// `/**` starts a doc comment, except in the empty comment `/**/`.
    private mutating func lexBlockComment() {
        let start = position
        let isDoc = byteAt(start + 2) == UInt8(ascii: "*") && byteAt(start + 3) != UInt8(ascii: "/")
        var depth = 1
        var containsLineBreak = false
        var index = start + 2
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*"), byteAt(index + 1) == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { break }
            } else if byte == UInt8(ascii: "/"), byteAt(index + 1) == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { containsLineBreak = true }
                index += 1
            }
        }
        if depth > 0 { report(.unterminatedComment, at: start) }
        advance(to: min(index, bytes.count))
        emit(isDoc ? .docBlockComment : .blockComment, from: start)
        if containsLineBreak { noteLineBreak() }
    }
}
