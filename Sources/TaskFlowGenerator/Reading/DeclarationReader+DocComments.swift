// MARK: - Doc comments

extension DeclarationReader {
    /// The doc comment made of the `///` and `/** */` tokens at `indices`, in order; `nil`
    /// when there are none.
    ///
    /// A comment with invalid UTF-8 is still returned, with `?` in place of each bad byte (so
    /// that every byte keeps its column), and reported as an error at its start.
    mutating func docComment(_ indices: [Int]) -> DocComment? {
        guard let first = indices.first else { return nil }
        var lines: [DocLine] = []
        for index in indices {
            let token = tokens[index]
            let bytes = UnsafeBufferPointer(rebasing: source.bytes[token.start..<token.end])
            let isValid = isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil
            if !isValid {
                diagnostics.append(.error("invalid UTF-8 in doc comment", at: location(of: token.start)))
            }
            if token.kind == .docLineComment {
                lines.append(docLine(from: token.start + 3, to: token.end))
            } else {
                appendBlockLines(of: token, to: &lines)
            }
        }
        return DocComment(lines: lines, location: location(of: tokens[first].start))
    }

    /// The lines of a `/** */` comment: the first after `/**`, each other after its gutter
    /// (leading whitespace and one `*`, when there is one); the text before `*/`. A first or
    /// last line with nothing but whitespace is left out.
    private func appendBlockLines(of token: Token, to lines: inout [DocLine]) {
        let bytes = source.bytes
        var contentEnd = token.end
        if contentEnd - token.start >= 5, bytes[contentEnd - 2] == UInt8(ascii: "*"), bytes[contentEnd - 1] == UInt8(ascii: "/") {
            contentEnd -= 2
        }
        var lineStart = token.start + 3
        var isFirst = true
        while lineStart <= contentEnd {
            var lineEnd = lineStart
            while lineEnd < contentEnd, bytes[lineEnd] != UInt8(ascii: "\n"), bytes[lineEnd] != UInt8(ascii: "\r") {
                lineEnd += 1
            }
            let isLast = lineEnd >= contentEnd
            var textStart = lineStart
            if !isFirst {
                var position = lineStart
                while position < lineEnd, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                    position += 1
                }
                if position < lineEnd, bytes[position] == UInt8(ascii: "*") { textStart = position + 1 }
            }
            let isBlank = isWhitespace(textStart..<lineEnd)
            if !(isBlank && (isFirst || isLast)) {
                lines.append(docLine(from: textStart, to: lineEnd))
            }
            isFirst = false
            // Past the line break (`\r\n` counts as one).
            lineStart = lineEnd + 1
            if lineEnd < contentEnd, bytes[lineEnd] == UInt8(ascii: "\r"), lineStart < contentEnd,
               bytes[lineStart] == UInt8(ascii: "\n") {
                lineStart += 1
            }
            if isLast { break }
        }
    }

    private func docLine(from start: Int, to end: Int) -> DocLine {
        let bytes = UnsafeBufferPointer(rebasing: source.bytes[start..<max(start, end)])
        let text: String
        if isASCII(bytes) {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            text = String(decoding: UTF8Repair.replacingInvalidBytes(in: bytes), as: UTF8.self)
        }
        return DocLine(text: text, location: location(of: start))
    }

    private func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    private func isWhitespace(_ range: Range<Int>) -> Bool {
        range.allSatisfy { source.bytes[$0] == UInt8(ascii: " ") || source.bytes[$0] == UInt8(ascii: "\t") }
    }
}
