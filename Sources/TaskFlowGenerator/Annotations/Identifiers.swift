/// Whether `text` is a plain Swift identifier: a letter or `_` then letters, digits and `_`
/// (`snake_case` allowed; not `_` alone, no backticks, no `$`).
func isSwiftIdentifier<S: StringProtocol>(_ text: S) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {  // the common case, without Character breaking
        guard let first = text.utf8.first, text.utf8.count != 1 || first != UInt8(ascii: "_") else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
        }
        guard isLetter(first) else { return false }
        return text.utf8.dropFirst().allSatisfy { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }
    guard let first = text.first, text != "_" else { return false }
    guard first == "_" || first.isLetter else { return false }
    return text.dropFirst().allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
}

/// Whether `text` is one or more identifiers joined by dots (`Cinder.QuotaFlow`).
func isDottedIdentifier<S: StringProtocol>(_ text: S) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return !parts.isEmpty && parts.allSatisfy(isSwiftIdentifier)
}

/// Swift keywords that must be backticked to be used as a name.
let swiftKeywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
    "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
    "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
]

/// `name`, backticked when it is a keyword.
func escapedIdentifier(_ name: String) -> String {
    swiftKeywords.contains(name) ? "`\(name)`" : name
}
