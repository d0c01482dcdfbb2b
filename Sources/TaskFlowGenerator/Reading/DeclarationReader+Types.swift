// MARK: - Types and extensions

extension DeclarationReader {
    /// Reads the `struct`, `enum`, `class`, `actor` or `protocol` declaration whose keyword is
    /// at `index` (its name is the next token).
    ///
    /// - Returns: The index of the body's `{`, or of the token after the name.
    mutating func readType(at index: Int, kind: String) -> Int {
        defer { pending.clear() }
        let nameIndex = next(after: index)
        let name = name(of: tokens[nameIndex])
        let afterName = next(after: nameIndex)
        let isGeneric = afterName < tokens.count && tokens[afterName].isOperator(UInt8(ascii: "<"))
        let outer = scopes.last
        let path = (outer?.path ?? []) + [name]
        let attributes = pending.attributes.map { attributeName(at: $0) }
        types.append(TypeDeclaration(
            kind: kind, name: name, path: path, nameLocation: location(of: tokens[nameIndex].start),
            isGeneric: isGeneric, modifiers: pending.modifiers.map { text(of: tokens[$0]) },
            attributes: attributes,
            docComment: pending.docComments.isEmpty ? nil : docComment(pending.docComments),
            inheritedTypes: inheritedTypes(from: afterName), conditions: activeConditions))
        guard let brace = bodyBrace(from: afterName) else { return afterName }
        pendingBody = (brace, typeScope(kind, path: path, attributes: attributes, in: outer))
        return brace
    }

    /// Records the `typealias` whose keyword is at `index`, unless it is local to a body.
    mutating func readTypeAlias(at index: Int) {
        guard !(scopes.last?.isInsideBody ?? false) else { return }
        let nameIndex = next(after: index)
        guard nameIndex < tokens.count, tokens[nameIndex].kind == .identifier else { return }
        let name = name(of: tokens[nameIndex])
        // `typealias Name = Type`: the type runs from after `=` to where a type ends. A generic
        // alias (`Name<T>`) keeps no type: its parameters would need substituting.
        var aliasedType: String?
        let equals = next(after: nameIndex)
        if equals < tokens.count, tokens[equals].isOperator(UInt8(ascii: "=")), tokens[equals].end - tokens[equals].start == 1 {
            let start = next(after: equals)
            let end = endOfType(from: start)
            if end > start { aliasedType = compactText(start..<end) }
        }
        typeAliases.append(TypeAliasDeclaration(
            name: name, path: (scopes.last?.path ?? []) + [name], nameLocation: location(of: tokens[nameIndex].start),
            aliasedType: aliasedType))
    }

    /// Reads the `extension` whose keyword is at `index`.
    ///
    /// - Returns: The index of the body's `{`, or of the token after the extended type.
    mutating func readExtension(at index: Int) -> Int {
        defer { pending.clear() }
        let start = next(after: index)
        let end = endOfType(from: start)
        guard end > start else { return index + 1 }
        let outer = scopes.last
        let path = (outer?.path ?? []) + extendedPath(start..<end)
        let attributes = pending.attributes.map { attributeName(at: $0) }
        types.append(TypeDeclaration(
            kind: "extension", name: compactText(start..<end), path: path,
            nameLocation: location(of: tokens[start].start), isGeneric: false,
            modifiers: pending.modifiers.map { text(of: tokens[$0]) },
            attributes: attributes,
            docComment: pending.docComments.isEmpty ? nil : docComment(pending.docComments),
            inheritedTypes: inheritedTypes(from: end)))
        guard let brace = bodyBrace(from: end) else { return end }
        pendingBody = (brace, typeScope("extension", path: path, attributes: attributes, in: outer))
        return brace
    }

    /// The names of the inheritance clause that follows `start` (after the name and generic
    /// clause): the last component of each dotted name, up to `where` or the body.
    private func inheritedTypes(from start: Int) -> [String] {
        guard let brace = bodyBrace(from: start) else { return [] }
        var position = start
        var angles = 0
        while position < brace, !(angles == 0 && tokens[position].kind == .colon) {
            if tokens[position].isOperator(UInt8(ascii: "<")) { angles += 1 }
            if tokens[position].isOperator(UInt8(ascii: ">")) { angles = max(0, angles - 1) }
            position += 1
        }
        var names: [String] = []
        var expectsName = true
        while position < brace {
            let token = tokens[position]
            if token.kind == .identifier, text(of: token) == "where" { break }
            if token.kind == .comma, angles == 0 { expectsName = true }
            if token.isOperator(UInt8(ascii: "<")) { angles += 1 }
            if token.isOperator(UInt8(ascii: ">")) { angles = max(0, angles - 1) }
            if token.kind == .identifier, angles == 0 {
                if expectsName { names.append(name(of: token)) } else if position > 0, tokens[position - 1].kind == .dot {
                    names[names.count - 1] = name(of: token)
                }
                expectsName = false
            }
            position += 1
        }
        return names
    }

    /// The scope of a type's body, or of a plain body past `deepestTypeScope`.
    private func typeScope(_ kind: String, path: [String], attributes: [String], in outer: Scope?) -> Scope {
        guard scopes.count < Self.deepestTypeScope else { return .body(in: outer) }
        return .type(kind, path: path, attributes: attributes, in: outer)
    }

    /// The path an extended type names: `Cinder.Database<T>` is `["Cinder", "Database"]`;
    /// sugar such as `[Int]` stays one component as written.
    private func extendedPath(_ range: Range<Int>) -> [String] {
        let first = tokens[range.lowerBound]
        guard first.kind == .identifier else { return [compactText(range)] }
        var components = [name(of: first)]
        var position = range.lowerBound + 1
        var angles = 0
        while position < range.upperBound {
            let token = tokens[position]
            if token.isOperator(UInt8(ascii: "<")) {
                angles += 1
            } else if token.isOperator(UInt8(ascii: ">")) {
                angles = max(0, angles - 1)
            } else if angles == 0, token.kind == .dot, position + 1 < range.upperBound,
                      tokens[position + 1].kind == .identifier {
                components.append(name(of: tokens[position + 1]))
                position += 1
            } else if angles == 0, !token.isComment, token.kind != .identifier {
                break
            }
            position += 1
        }
        return components
    }

    /// The `{` that opens the body of a type whose header continues at `start` (generic
    /// clause, inheritance, `where` clause), or `nil` when the header ends without one.
    private func bodyBrace(from start: Int) -> Int? {
        var position = start
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .leftBrace:
                return position
            case .leftParen, .leftBracket:
                let closer = source.closers[position]
                guard closer > position else { return nil }
                position = closer
            case .rightBrace, .semicolon, .poundKeyword:
                return nil
            case .identifier where token.keyword.introducesDeclaration && token.keyword != .class
                || token.keyword.isModifier:
                return nil
            default:
                break
            }
            position += 1
        }
        return nil
    }
}
