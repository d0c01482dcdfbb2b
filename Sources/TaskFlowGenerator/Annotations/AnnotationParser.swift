/// The annotation blocks of one doc comment and the problems found reading them.
struct ParsedAnnotations: Sendable, Hashable {
    /// `- Task:` and `- Flow:` blocks, in order.
    var blocks: [AnnotationBlock]
    /// Malformed lines, unknown or repeated keys, empty values, misplaced items.
    var diagnostics: [Diagnostic]
}

/// Reads the `- Task:` / `- Flow:` blocks of a doc comment.
///
/// An item is read only at the comment's left margin (the smallest indentation of its
/// non-blank lines) and outside fenced code blocks; indented code blocks sit deeper than the
/// margin and are never read. Each line indented under the item must be a `- key: value` item;
/// blank lines are skipped; the block ends at the first line back at the margin.
/// - Parameter comment: The doc comment of one declaration.
/// - Returns: The blocks, with diagnostics for everything malformed.
func parseAnnotations(in comment: DocComment) -> ParsedAnnotations {
    var parser = AnnotationParser(lines: comment.lines)
    parser.run()
    return ParsedAnnotations(blocks: parser.blocks, diagnostics: parser.diagnostics)
}

/// The line-by-line state machine behind `parseAnnotations(in:)`.
private struct AnnotationParser {
    let lines: [DocLine]
    let margin: Int
    var blocks: [AnnotationBlock] = []
    var diagnostics: [Diagnostic] = []
    /// The block being read, with where each key was first seen.
    var current: AnnotationBlock?
    var firstKeyLocations: [String: SourceLocation] = [:]
    /// The fence (three or more backticks or tildes) of the code block being skipped.
    var fence: (character: UInt8, count: Int)?

    init(lines: [DocLine]) {
        self.lines = lines
        self.margin = lines.compactMap { line in
            let bytes = Array(line.text.utf8)
            let indent = indentation(of: bytes)
            return indent < bytes.count ? indent : nil
        }.min() ?? 0
    }

    mutating func run() {
        for line in lines {
            read(line)
        }
        finishBlock()
    }

    private mutating func read(_ line: DocLine) {
        let bytes = Array(line.text.utf8)
        let indent = indentation(of: bytes)
        guard indent < bytes.count else { return }  // blank lines neither end nor break a block
        if let open = fence {
            if closesFence(bytes, from: indent, open) { fence = nil }
            return
        }
        if indent > margin, current != nil {
            readEntry(bytes, indent: indent, line: line)
            return
        }
        finishBlock()
        if let found = opensFence(bytes, from: indent) {
            fence = found
            return
        }
        guard let item = annotationItem(bytes, from: indent) else { return }
        if indent > margin {
            let location = line.location.advanced(by: indent)
            diagnostics.append(.warning(
                "'- \(item.kind.rawValue):' is nested in another list item and is not read; move it to the left margin of the comment",
                at: location))
            return
        }
        current = AnnotationBlock(
            kind: item.kind,
            value: AnnotatedText(text: item.value, location: line.location.advanced(by: item.valueOffset)),
            location: line.location.advanced(by: indent),
            entries: [],
            text: [trimmedTrailing(String(decoding: bytes[min(margin, bytes.count)...], as: UTF8.self))])
        firstKeyLocations = [:]
    }

    private mutating func readEntry(_ bytes: [UInt8], indent: Int, line: DocLine) {
        guard var block = current else { return }
        block.text.append(trimmedTrailing(String(decoding: bytes[min(margin, bytes.count)...], as: UTF8.self)))
        defer { current = block }
        let at = line.location.advanced(by: indent)
        guard let entry = keyValueItem(bytes, from: indent) else {
            diagnostics.append(.error(
                "a line indented under '\(block.kind.itemText)' must be a '- key: value' item (keys: \(block.kind.keys.joined(separator: ", ")))",
                at: at))
            return
        }
        let keyLocation = line.location.advanced(by: entry.keyOffset)
        let key = entry.key
        guard block.kind.keys.contains(key) else {
            let lowercased = key.lowercased()
            if block.kind.keys.contains(lowercased) {
                diagnostics.append(.error("annotation keys are lowercase; write '\(lowercased)'", at: keyLocation))
            } else {
                let hint = closestMatch(to: lowercased, in: block.kind.keys).map { "did you mean '\($0)'?" }
                    ?? "expected one of \(block.kind.keys.joined(separator: ", "))"
                diagnostics.append(.error("unknown key '\(key)' in '\(block.kind.itemText)'; \(hint)", at: keyLocation))
            }
            return
        }
        if let first = firstKeyLocations[key], !block.kind.allowsRepeating(key) {
            diagnostics.append(.error(
                "duplicate key '\(key)'; give each key once",
                at: keyLocation,
                notes: [.note("'\(key)' is first given here", at: first)]))
            return
        }
        firstKeyLocations[key] = firstKeyLocations[key] ?? keyLocation
        let value = AnnotatedText(text: entry.value, location: line.location.advanced(by: entry.valueOffset))
        if value.text.isEmpty {
            diagnostics.append(.error("'\(key)' has an empty value", at: keyLocation))
            return
        }
        block.entries.append(AnnotationEntry(key: key, keyLocation: keyLocation, value: value))
    }

    private mutating func finishBlock() {
        guard let block = current else { return }
        blocks.append(block)
        current = nil
    }

    private func opensFence(_ bytes: [UInt8], from start: Int) -> (character: UInt8, count: Int)? {
        guard let character = bytes.indices.contains(start) ? bytes[start] : nil,
              character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        let count = bytes[start...].prefix { $0 == character }.count
        return count >= 3 ? (character, count) : nil
    }

    private func closesFence(_ bytes: [UInt8], from start: Int, _ open: (character: UInt8, count: Int)) -> Bool {
        let run = bytes[start...].prefix { $0 == open.character }.count
        guard run >= open.count else { return false }
        return bytes[(start + run)...].allSatisfy(isSpace)
    }
}

// MARK: - Line shapes

/// A `- Task: value` or `- Flow: value` item at `start`, matched case-insensitively.
private func annotationItem(_ bytes: [UInt8], from start: Int) -> (kind: AnnotationBlock.Kind, value: String, valueOffset: Int)? {
    guard let item = keyValueItem(bytes, from: start) else { return nil }
    switch item.key.lowercased() {
    case "task": return (.task, item.value, item.valueOffset)
    case "flow": return (.flow, item.value, item.valueOffset)
    default: return nil
    }
}

/// A `- word: value` item at `start`: the word, the trimmed value, and their byte offsets.
private func keyValueItem(_ bytes: [UInt8], from start: Int) -> (key: String, keyOffset: Int, value: String, valueOffset: Int)? {
    var index = start
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), isSpace(bytes[index + 1]) else { return nil }
    index += 1
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    let keyStart = index
    while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
    guard index > keyStart else { return nil }
    let keyEnd = index
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
    index += 1
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    var end = bytes.count
    while end > index, isSpace(bytes[end - 1]) { end -= 1 }
    return (
        String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self), keyStart,
        String(decoding: bytes[index..<end], as: UTF8.self), index
    )
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
}

private func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: "_")
}

private func indentation(of bytes: [UInt8]) -> Int {
    bytes.prefix(while: isSpace).count
}

private func trimmedTrailing(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
    return String(text)
}

extension SourceLocation {
    /// The location `bytes` UTF-8 bytes further along the same line.
    func advanced(by bytes: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + bytes)
    }
}
