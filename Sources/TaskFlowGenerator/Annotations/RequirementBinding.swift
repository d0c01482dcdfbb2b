/// One element of `requires`: a symbol, optionally bound to a differently named parameter.
struct RequirementBinding: Sendable, Hashable {
    /// The symbol read from the flow's state.
    var symbol: String
    /// The parameter it is passed to (the symbol's own name unless rebound with `as`).
    var parameter: String
    /// Where the symbol is written.
    var symbolLocation: SourceLocation
    /// Where the parameter is written (the symbol's location when not rebound).
    var parameterLocation: SourceLocation
}

/// Reads a `requires` element: `SYMBOL` or `SYMBOL as PARAMETER`.
/// - Parameter element: One element of the `requires` list.
/// - Returns: The binding, or a diagnostic saying what is malformed.
func parseRequirement(_ element: ListElement) -> Result<RequirementBinding, DiagnosticError> {
    let words = wordsWithOffsets(element.text)
    switch words.count {
    case 1:
        guard isSwiftIdentifier(words[0].text) else {
            return .failure(DiagnosticError(.error(
                "'\(words[0].text)' is not a valid symbol name; symbols are Swift identifiers",
                at: element.location)))
        }
        return .success(RequirementBinding(
            symbol: words[0].text, parameter: words[0].text,
            symbolLocation: element.location, parameterLocation: element.location))
    case 3 where words[1].text == "as":
        for word in [words[0], words[2]] where !isSwiftIdentifier(word.text) {
            return .failure(DiagnosticError(.error(
                "'\(word.text)' is not a valid name; symbols and parameters are Swift identifiers",
                at: element.location.advanced(by: word.offset))))
        }
        return .success(RequirementBinding(
            symbol: words[0].text, parameter: words[2].text,
            symbolLocation: element.location,
            parameterLocation: element.location.advanced(by: words[2].offset)))
    default:
        return .failure(DiagnosticError(.error(
            "malformed requirement '\(element.text)'; write 'SYMBOL' or 'SYMBOL as PARAMETER'",
            at: element.location)))
    }
}

/// A diagnostic carried as an error value by parsing helpers.
struct DiagnosticError: Error, Sendable, Hashable {
    /// The diagnostic to report.
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}

/// The space-separated words of `text` with their UTF-8 offsets.
func wordsWithOffsets(_ text: String) -> [(text: String, offset: Int)] {
    var words: [(text: String, offset: Int)] = []
    var offset = 0
    var start: Int?
    var current: [UInt8] = []
    for byte in text.utf8 {
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            if let from = start {
                words.append((String(decoding: current, as: UTF8.self), from))
                start = nil
                current = []
            }
        } else {
            if start == nil { start = offset }
            current.append(byte)
        }
        offset += 1
    }
    if let from = start { words.append((String(decoding: current, as: UTF8.self), from)) }
    return words
}
