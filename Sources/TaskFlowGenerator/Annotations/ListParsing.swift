/// One element of a comma-separated annotation value, trimmed, with its own location.
struct ListElement: Sendable, Hashable {
    /// The element's text.
    var text: String
    /// Where the element's first character is.
    var location: SourceLocation
}

/// Splits a comma-separated value into its elements.
///
/// A trailing comma is allowed; an empty value or an empty element (`a,,b`) is an error at the
/// place the element is missing.
/// - Parameters:
///   - value: The value after `key:`.
///   - key: The key, named in diagnostics.
/// - Returns: The non-empty elements, and diagnostics for empty ones.
func splitList(_ value: AnnotatedText, key: String) -> (elements: [ListElement], diagnostics: [Diagnostic]) {
    var elements: [ListElement] = []
    var diagnostics: [Diagnostic] = []
    let bytes = Array(value.text.utf8)
    if bytes.isEmpty {
        return ([], [.error("'\(key)' has an empty value; list at least one name", at: value.location)])
    }
    var start = 0
    var index = 0
    while index <= bytes.count {
        if index == bytes.count || bytes[index] == UInt8(ascii: ",") {
            let isLast = index == bytes.count
            var from = start
            var to = index
            while from < to, bytes[from] == UInt8(ascii: " ") || bytes[from] == UInt8(ascii: "\t") { from += 1 }
            while to > from, bytes[to - 1] == UInt8(ascii: " ") || bytes[to - 1] == UInt8(ascii: "\t") { to -= 1 }
            var location = value.location
            location.column += from
            if from < to {
                let text = String(decoding: bytes[from..<to], as: UTF8.self)
                elements.append(ListElement(text: text, location: location))
            } else if !(isLast && start > 0) {
                diagnostics.append(.error("'\(key)' has an empty element; remove the extra comma", at: location))
            }
            start = index + 1
        }
        index += 1
    }
    return (elements, diagnostics)
}
