/// Builds generated text line by line, with four-space indentation.
///
/// Every emitter writes through one of these so that indentation, blank lines and the final
/// newline are decided in one place and the output's bytes depend only on what was written.
struct SourceWriter {
    /// The text written so far.
    private(set) var text = ""
    /// The current indentation level (four spaces each).
    private var level = 0

    /// Writes one line at the current indentation; an empty line stays empty (no trailing
    /// spaces).
    mutating func line(_ content: String = "") {
        if !content.isEmpty {
            text.append(String(repeating: "    ", count: level))
            text.append(content)
        }
        text.append("\n")
    }

    /// Writes `opening`, the lines `body` writes one level deeper, then `closing`.
    mutating func block(_ opening: String, closing: String = "}", _ body: (inout SourceWriter) -> Void) {
        line(opening)
        indented(body)
        line(closing)
    }

    /// Writes the lines `body` writes one level deeper.
    mutating func indented(_ body: (inout SourceWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// Writes a `///` comment, wrapped at `width` columns (indentation included).
    mutating func docComment(_ content: String, width: Int = 100) {
        for wrapped in wrap(content, width: width - level * 4 - 4) {
            line("/// " + wrapped)
        }
    }

    /// Splits `content` at spaces into lines of at most `width` characters (a longer word
    /// stays whole on its own line).
    private func wrap(_ content: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in content.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
