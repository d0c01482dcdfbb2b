/// A `link: a -> b` entry of a graph flow, as written.
struct LinkItem: Sendable, Hashable {
    /// The child that runs first, as written.
    var from: ListElement
    /// The child that waits, as written.
    var to: ListElement
    /// The `link` key.
    var location: SourceLocation
}

/// Reads a `link` value: `CHILD -> CHILD`.
/// - Parameter entry: The `link` entry.
/// - Returns: The link, or a diagnostic saying what is malformed.
func parseLink(_ entry: AnnotationEntry) -> Result<LinkItem, DiagnosticError> {
    let text = entry.value.text
    let parts = text.split(separator: "->", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
        return .failure(DiagnosticError(.error(
            "malformed link '\(text)'; write 'link: FIRST -> SECOND'", at: entry.value.location)))
    }
    var ends: [ListElement] = []
    var offset = 0
    for part in parts {
        let leading = part.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let name = part.trimmingSpaces()
        let location = entry.value.location.advanced(by: offset + leading)
        guard isDottedIdentifier(name) else {
            return .failure(DiagnosticError(.error(
                name.isEmpty
                    ? "malformed link '\(text)'; write 'link: FIRST -> SECOND'"
                    : "'\(name)' is not a valid child name in a link",
                at: location)))
        }
        ends.append(ListElement(text: name, location: location))
        offset += part.utf8.count + 2
    }
    return .success(LinkItem(from: ends[0], to: ends[1], location: entry.keyLocation))
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
