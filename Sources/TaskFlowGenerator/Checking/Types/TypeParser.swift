/// A type's text read into normal form, with the places where names start so that they can be
/// qualified without rewriting the rest of the text.
struct ParsedType: Sendable {
    /// The type in normal form (`.opaque` when the text could not be read).
    var tree: TypeTree
    /// Byte offsets of every type name that starts a reference (not one after a `.`), with the
    /// name: where a qualifying prefix would go.
    var nameStarts: [(offset: Int, name: String)]
}

/// Reads a type as written (whitespace removed or not) into normal form. Never fails: what it
/// cannot read becomes `.opaque(text)`, compared as text.
/// - Parameter text: The type's text.
/// - Returns: The parsed type.
func parseType(_ text: String) -> ParsedType {
    var parser = TypeParser(bytes: Array(text.utf8))
    if let tree = parser.parseType(), parser.atEnd {
        return ParsedType(tree: tree, nameStarts: parser.nameStarts)
    }
    return ParsedType(tree: .opaque(text.filter { !$0.isWhitespace }), nameStarts: [])
}

/// Recursive descent over a type's bytes. Depth is bounded so that pathological input cannot
/// exhaust the stack.
private struct TypeParser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0
    var nameStarts: [(offset: Int, name: String)] = []

    static let maximumDepth = 64
    static let prefixKeywords: Set<String> = [
        "some", "any", "inout", "borrowing", "consuming", "sending", "isolated", "each", "repeat",
        "__owned", "__shared",
    ]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool {
        mutating get {
            skipSpaces()
            return index == bytes.count
        }
    }

    mutating func parseType() -> TypeTree? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        guard let first = parseUnary() else { return nil }
        var parts = [first]
        while consume("&") {
            guard let next = parseUnary() else { return nil }
            parts.append(next)
        }
        return parts.count == 1 ? first : .composition(parts)
    }

    private mutating func parseUnary() -> TypeTree? {
        skipSpaces()
        if consume("@") {
            guard let attribute = identifier() else { return nil }
            if peek("(") { guard skipBalancedParentheses() else { return nil } }
            guard let type = parseUnary() else { return nil }
            return .modified("@" + attribute, type)
        }
        let save = index
        if let word = identifier(), Self.prefixKeywords.contains(word) {
            skipSpaces()
            if index < bytes.count, startsType(bytes[index]) {
                guard let type = parseUnary() else { return nil }
                return word == "inout" || word == "sending" || word == "borrowing" || word == "consuming"
                    || word == "__owned" || word == "__shared" ? type : .modified(word, type)
            }
        }
        index = save
        return parsePostfixed()
    }

    private mutating func parsePostfixed() -> TypeTree? {
        guard var type = parsePrimary() else { return nil }
        while true {
            skipSpaces()
            if consume("?") || consume("!") {
                type = .optional(type)
            } else if consume("...") {
                type = .named([.init(name: "Array", arguments: [type])])
            } else if peek("."), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: ".") {
                index += 1
                guard let name = identifier() else { return nil }
                if name == "Type" || name == "Protocol" {
                    type = .metatype(type, name)
                } else {
                    guard case .named(var path) = type else { return nil }
                    guard case .some(let arguments) = genericArguments() else { return nil }
                    if path.count == 1, path[0].name == "Foundation", path[0].arguments.isEmpty,
                       ModuleTypes.knownValueTypes.contains(name) {
                        path.removeAll()  // `Foundation.URL` is `URL`
                    }
                    path.append(.init(name: name, arguments: arguments ?? []))
                    type = .named(path)
                }
            } else {
                return type
            }
        }
    }

    private mutating func parsePrimary() -> TypeTree? {
        skipSpaces()
        if consume("[") {
            guard let element = parseType() else { return nil }
            if consume(":") {
                guard let value = parseType(), consume("]") else { return nil }
                return .named([.init(name: "Dictionary", arguments: [element, value])])
            }
            guard consume("]") else { return nil }
            return .named([.init(name: "Array", arguments: [element])])
        }
        if consume("(") {
            var elements: [TypeTree.TupleElement] = []
            if !consume(")") {
                repeat {
                    guard let element = parseTupleElement() else { return nil }
                    elements.append(element)
                } while consume(",")
                guard consume(")") else { return nil }
            }
            if let effects = functionEffects() {
                guard let result = parseType() else { return nil }
                return .function(parameters: elements.map(\.type), effects: effects, result: result)
            }
            if elements.count == 1, elements[0].label == nil { return elements[0].type }
            return .tuple(elements)
        }
        let start = index
        guard let name = identifier() else { return nil }
        guard case .some(let arguments) = genericArguments() else { return nil }
        if name == "Void", arguments == nil { return .tuple([]) }
        if name == "Swift", peek("."), arguments == nil {
            index += 1
            return parseStandardLibraryMember(start: start)
        }
        nameStarts.append((start, name))
        if name == "Optional", let arguments, arguments.count == 1 { return .optional(arguments[0]) }
        return .named([.init(name: name, arguments: arguments ?? [])])
    }

    /// `Swift.X`: the same as `X`.
    private mutating func parseStandardLibraryMember(start: Int) -> TypeTree? {
        guard let name = identifier(), case .some(let arguments) = genericArguments() else { return nil }
        if name == "Void", arguments == nil { return .tuple([]) }
        if name == "Optional", let arguments, arguments.count == 1 { return .optional(arguments[0]) }
        return .named([.init(name: name, arguments: arguments ?? [])])
    }

    private mutating func parseTupleElement() -> TypeTree.TupleElement? {
        skipSpaces()
        let save = index
        if let first = identifier() {
            skipSpaces()
            if consume(":") {
                guard let type = parseType() else { return nil }
                return .init(label: first, type: type)
            }
            if identifier() != nil, consume(":") {
                guard let type = parseType() else { return nil }
                return .init(label: first, type: type)
            }
        }
        index = save
        guard let type = parseType() else { return nil }
        return .init(label: nil, type: type)
    }

    /// `async`, `throws`, `throws(E)`, `rethrows` in any spacing, up to and including `->`;
    /// `nil` when no `->` follows.
    private mutating func functionEffects() -> String? {
        let save = index
        var effects: [String] = []
        while true {
            skipSpaces()
            if consume("->") { return effects.joined(separator: " ") }
            guard let word = identifier() else { break }
            var rest = Substring(word)
            var matched = false
            for keyword in ["async", "rethrows", "throws"] where rest.hasPrefix(keyword) {
                effects.append(keyword)
                rest = rest.dropFirst(keyword.count)
                matched = true
            }
            if rest.hasPrefix("throws") {
                effects.append("throws")
                rest = rest.dropFirst(6)
            }
            guard matched, rest.isEmpty else { break }
            if effects.last == "throws", peek("(") {
                let from = index
                guard skipBalancedParentheses() else { break }
                effects[effects.count - 1] += String(decoding: bytes[from..<index], as: UTF8.self)
            }
        }
        index = save
        return nil
    }

    /// `<T, U>` after a name: `.some(nil)` when there is none, `nil` when it cannot be read.
    private mutating func genericArguments() -> [TypeTree]?? {
        guard peek("<") else { return .some(nil) }
        index += 1
        var arguments: [TypeTree] = []
        repeat {
            guard let argument = parseType() else { return nil }
            arguments.append(argument)
        } while consume(",")
        guard consume(">") else { return nil }
        return .some(arguments)
    }

    private mutating func skipBalancedParentheses() -> Bool {
        var level = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") { level += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                level -= 1
                if level == 0 {
                    index += 1
                    return true
                }
            }
            index += 1
        }
        return false
    }

    private mutating func identifier() -> String? {
        skipSpaces()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "`") {
            guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")), close > index + 1 else { return nil }
            let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            index = close + 1
            return name
        }
        let start = index
        while index < bytes.count, isIdentifierByte(bytes[index], first: index == start) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    private func startsType(_ byte: UInt8) -> Bool {
        isIdentifierByte(byte, first: true) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "`")
    }

    private func isIdentifierByte(_ byte: UInt8, first: Bool) -> Bool {
        if byte >= 0x80 || byte == UInt8(ascii: "_") { return true }
        if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) {
            return true
        }
        return !first && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
    }

    private mutating func peek(_ text: StaticString) -> Bool {
        skipSpaces()
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { bytes[index + $0] == buffer[$0] }
        }
    }

    private mutating func consume(_ text: StaticString) -> Bool {
        guard peek(text) else { return false }
        index += text.utf8CodeUnitCount
        return true
    }
}
