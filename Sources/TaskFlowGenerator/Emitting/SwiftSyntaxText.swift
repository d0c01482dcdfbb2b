/// Spelling names, literals and types so that generated Swift compiles whatever the user chose
/// to call things.
enum SwiftSyntaxText {
    /// Words that must be backticked to be used as an identifier (a property, a local, a label).
    static let reservedWords: Set<String> = [
        "Any", "Protocol", "Self", "Type", "as", "associatedtype", "await", "break", "case",
        "catch", "class", "continue", "default", "defer", "deinit", "do", "else", "enum",
        "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if",
        "import", "in", "init", "inout", "internal", "is", "let", "nil", "open", "operator",
        "precedencegroup", "private", "protocol", "public", "repeat", "rethrows", "return",
        "self", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true",
        "try", "typealias", "var", "where", "while",
    ]

    /// `name`, backticked when it is a reserved word.
    static func identifier(_ name: String) -> String {
        if name.hasPrefix("`") { return name }
        return reservedWords.contains(name) ? "`\(name)`" : name
    }

    /// `name` as an argument label at a call site: keywords need no backticks there (the
    /// compiler warns about needless ones) except `inout`.
    static func argumentLabel(_ name: String) -> String {
        let bare = name.hasPrefix("`") && name.hasSuffix("`") && name.count >= 2 ? String(name.dropFirst().dropLast()) : name
        return bare == "inout" ? "`inout`" : bare
    }

    /// `text` as a Swift string literal, quotes included.
    static func stringLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// An array literal of string literals, e.g. `["a", "b"]`.
    static func stringArray(_ items: [String]) -> String {
        "[" + items.map(stringLiteral).joined(separator: ", ") + "]"
    }

    /// Whether `type` (as written, whitespace removed) is already optional at its top level:
    /// `T?`, `T!` or `Optional<T>`, but not `() -> T?`, a function returning an optional.
    static func isOptional(_ type: String) -> Bool {
        if isFunctionType(type) { return false }
        if type.hasSuffix("?") || type.hasSuffix("!") { return true }
        return type.hasPrefix("Optional<") && closingAngle(of: type) == type.index(before: type.endIndex)
    }

    /// `type` made optional: itself when it already is, `T?` otherwise, parenthesised when `?`
    /// would otherwise bind to a part of it (`(() -> Int)?`, `(any P)?`, `(A & B)?`).
    static func optional(_ type: String) -> String {
        if isOptional(type) { return type.hasSuffix("!") ? String(type.dropLast()) + "?" : type }
        return needsParentheses(type) ? "(\(type))?" : "\(type)?"
    }

    /// `type` usable where a plain type is expected (an implicitly unwrapped `T!` becomes `T?`).
    static func storable(_ type: String) -> String {
        type.hasSuffix("!") ? String(type.dropLast()) + "?" : type
    }

    private static func needsParentheses(_ type: String) -> Bool {
        isFunctionType(type) || type.contains("&") || type.hasPrefix("any ") || type.hasPrefix("some ")
            || type.hasPrefix("any") && type.dropFirst(3).first.map { !$0.isLetter && !$0.isNumber && $0 != "_" } == true
    }

    /// Whether `->` appears outside brackets, i.e. the type itself is a function type.
    private static func isFunctionType(_ type: String) -> Bool {
        var depth = 0
        var previous: Character = " "
        for character in type {
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]": depth -= 1
            case ">" where previous == "-": if depth == 0 { return true }
            case ">": depth -= 1
            default: break
            }
            previous = character
        }
        return false
    }

    private static func closingAngle(of type: String) -> String.Index? {
        guard let start = type.firstIndex(of: "<") else { return nil }
        return matching(type[start...], open: "<", close: ">")
    }

    /// The index of the bracket that closes the first `open` in `text`.
    private static func matching(_ text: some StringProtocol, open: Character, close: Character) -> String.Index? {
        var depth = 0
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if character == open {
                depth += 1
            } else if character == close && !(close == ">" && previous == "-") {
                depth -= 1
                if depth == 0 { return index }
            }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }
}
