// MARK: - String literals

extension Lexer {
    /// Lexes a string literal whose opening quote is at the current position (after any `#`).
    ///
    /// - Parameters:
    ///   - delimiter: The literal's delimiter.
    ///   - literalStart: Where the literal starts, its `#` included.
    mutating func lexString(delimiter: StringDelimiter, literalStart: Int) {
        let contentStart = position + (delimiter.isMultiline ? 3 : 1)
        lexStringBody(from: contentStart, delimiter: delimiter, literalStart: literalStart, segmentStart: literalStart)
    }

    /// Lexes string content from `index` up to the closing delimiter or to an interpolation's
    /// `\(`, and emits it as one segment.
    ///
    /// After `\(`, lexing returns to ordinary tokens; the `)` that balances the interpolation's
    /// `(` resumes the literal here.
    mutating func lexStringBody(
        from index: Int, delimiter: StringDelimiter, literalStart: Int, segmentStart: Int? = nil
    ) {
        let segmentStart = segmentStart ?? index
        let quote = UInt8(ascii: "\"")
        var index = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), hashesMatch(at: index + 1, count: delimiter.hashes) {
                let escaped = index + 1 + delimiter.hashes
                if byteAt(escaped) == UInt8(ascii: "(") {
                    advance(to: escaped)
                    emit(.stringSegment, from: segmentStart)
                    openInterpolation(delimiter: delimiter, literalStart: literalStart)
                    return
                }
                // An escape: the escaped character cannot end the literal (a line break
                // after `\` in a multi-line literal is a continuation, also skipped).
                if !delimiter.isMultiline, byteAt(escaped) == UInt8(ascii: "\n") || byteAt(escaped) == UInt8(ascii: "\r") {
                    index = escaped
                    break
                }
                index = escaped + 1
                continue
            }
            if byte == quote {
                let quotes = delimiter.isMultiline ? 3 : 1
                if delimiter.isMultiline,
                   byteAt(index + 1) != quote || byteAt(index + 2) != quote {
                    index += 1
                    continue
                }
                if hashesMatch(at: index + quotes, count: delimiter.hashes) {
                    advance(to: index + quotes + delimiter.hashes)
                    emit(.stringSegment, from: segmentStart)
                    return
                }
                index += 1
                continue
            }
            if !delimiter.isMultiline, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            }
            index += 1
        }
        // Unterminated: the literal runs to the end of its line (single-line) or of the file.
        report(.unterminatedString, at: literalStart)
        advance(to: index)
        emit(.stringSegment, from: segmentStart)
    }

    /// Whether `count` `#` characters start at `index`.
    private func hashesMatch(at index: Int, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard index + count <= bytes.count else { return false }
        var offset = 0
        while offset < count {
            if bytes[index + offset] != UInt8(ascii: "#") { return false }
            offset += 1
        }
        return true
    }

    // MARK: - Regex literals

    /// Lexes `#/…/#` (any number of `#`) starting at `start`.
    mutating func lexExtendedRegex(hashes: Int, from start: Int) {
        var index = start + hashes + 1
        // Only a literal whose `#/` ends its line may span lines.
        let isMultiline = byteAt(index) == UInt8(ascii: "\n") || byteAt(index) == UInt8(ascii: "\r")
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "/"), hashesMatch(at: index + 1, count: hashes) {
                advance(to: index + 1 + hashes)
                emit(.regex, from: start)
                return
            }
            if !isMultiline, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            index += 1
        }
        report(.unterminatedRegex, at: start)
        advance(to: min(index, bytes.count))
        emit(.regex, from: start)
    }

    /// The end of a bare `/…/` regex literal whose `/` is at `start`, or `nil` when the `/`
    /// there is an operator.
    ///
    /// Follows SE-0354: the literal must be where an expression may start, may not begin with
    /// a space, a tab or `)`, and ends at the first unescaped `/` on the same line.
    func bareRegexEnd(from start: Int) -> Int? {
        if let previous = lastSignificantToken {
            switch previous.kind {
            case .leftParen, .leftBracket, .leftBrace, .comma, .colon, .semicolon, .arrow:
                break
            case .operatorCharacter:
                // `a! / b` and `a? / b` divide; other operators are infix or prefix.
                if previous.first == UInt8(ascii: "!") || previous.first == UInt8(ascii: "?"),
                   !previous.hasSpaceBefore {
                    return nil
                }
            case .identifier:
                guard previous.keyword.precedesExpression else { return nil }
            default:
                return nil
            }
        }
        switch byteAt(start + 1) {
        case nil, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "*"):
            return nil
        default:
            break
        }
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "/"):
                return index + 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return nil
            default:
                index += 1
            }
        }
        return nil
    }
}
