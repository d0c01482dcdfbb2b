// MARK: - Functions

extension DeclarationReader {
    /// Reads the `func` declaration whose keyword is at `index`: name, generic clause,
    /// parameters, effects, return type and `where` clause.
    ///
    /// - Returns: The index of the first token after the signature (the body's `{`, if any).
    mutating func readFunction(at index: Int) -> Int {
        defer { pending.clear() }
        let nameIndex = next(after: index)
        guard nameIndex < tokens.count, let (name, afterName) = functionName(at: nameIndex) else {
            return index + 1
        }
        var position = afterName
        var genericClause: String?
        if position < tokens.count, tokens[position].isOperator(UInt8(ascii: "<")),
           let end = endOfGenericArguments(at: position) {
            genericClause = compactText(position..<end)
            position = next(after: end - 1)
        }

        var parameters: [ParameterDeclaration] = []
        if position < tokens.count, tokens[position].kind == .leftParen {
            let closer = source.closers[position]
            guard closer > position else { return position + 1 }
            parameters = readParameters(from: position + 1, to: closer)
            position = next(after: closer)
        }

        var isAsync = false
        var throwsClause = ThrowsClause.none
        effects: while position < tokens.count {
            switch tokens[position].keyword {
            case .async, .reasync:
                isAsync = true
            case .rethrows:
                throwsClause = .rethrowing
            case .throws:
                throwsClause = .throwing
                let open = next(after: position)
                if open < tokens.count, tokens[open].kind == .leftParen, source.closers[open] > open {
                    throwsClause = .typed(compactText((open + 1)..<source.closers[open]))
                    position = source.closers[open]
                }
            default:
                break effects
            }
            position = next(after: position)
        }

        var returnType: String?
        if position < tokens.count, tokens[position].kind == .arrow {
            let start = next(after: position)
            let end = endOfType(from: start)
            let written = compactText(start..<end)
            let isVoid = written.isEmpty || written == "Void" || written == "()"
            returnType = isVoid ? nil : written
            position = end < tokens.count && tokens[end].isComment ? next(after: end) : end
        }

        if position < tokens.count, tokens[position].keyword == .where {
            let end = endOfWhereClause(from: next(after: position))
            let requirements = compactText(next(after: position)..<end)
            genericClause = "\(genericClause ?? "") where \(requirements)"
            position = end < tokens.count && tokens[end].isComment ? next(after: end) : end
        }

        let scope = scopes.last
        if position < tokens.count, tokens[position].kind == .leftBrace {
            pendingBody = (position, .body(in: scope))
        }

        let modifierTokens = pending.modifiers.map { tokens[$0] }
        let isStaticModifier = { (token: Token) -> Bool in token.keyword == .static || token.keyword == .class }
        let modifiers: [String] = modifierTokens.filter { !isStaticModifier($0) }.map { text(of: $0) }
        functions.append(FunctionDeclaration(
            name: name,
            nameLocation: location(of: tokens[nameIndex].start),
            owner: scope?.path ?? [],
            ownerKind: scope?.path.isEmpty == false ? enclosingTypeKind : nil,
            isStatic: modifierTokens.contains(where: isStaticModifier),
            modifiers: modifiers,
            attributes: pending.attributes.map { attributeName(at: $0) },
            genericClause: genericClause,
            parameters: parameters,
            isAsync: isAsync,
            throwsClause: throwsClause,
            returnType: returnType,
            docComment: pending.docComments.isEmpty ? nil : docComment(pending.docComments),
            isLocal: scope?.isInsideBody ?? false,
            contextAttributes: scope?.typeKind == nil ? [] : scope?.attributes ?? [],
            conditions: activeConditions))
        return position
    }

    /// The kind of the innermost type around the current point.
    private var enclosingTypeKind: String? {
        scopes.last { $0.typeKind != nil }?.typeKind
    }

    /// The function name at `index` — a name, or an operator — and the index after it.
    private func functionName(at index: Int) -> (String, Int)? {
        let token = tokens[index]
        if token.kind == .identifier {
            return (name(of: token), next(after: index))
        }
        guard token.kind == .operatorCharacter || token.kind == .dot else { return nil }
        // An operator is the run of operator characters written without spaces; in
        // `func ==<T>(…)` the `<` opens the generic clause instead.
        var end = index + 1
        while end < tokens.count, !tokens[end].hasSpaceBefore,
              tokens[end].kind == .operatorCharacter || tokens[end].kind == .dot {
            end += 1
        }
        if end - index > 1, tokens[end - 1].isOperator(UInt8(ascii: "<")),
           end < tokens.count, tokens[end].kind == .identifier {
            end -= 1
        }
        return (compactText(index..<end), end < tokens.count && tokens[end].isComment ? next(after: end - 1) : end)
    }

    /// `@Name` (with any dotted components) of the attribute whose `@` is at `index`.
    func attributeName(at index: Int) -> String {
        var end = index + 1
        while end < tokens.count, !tokens[end].hasSpaceBefore,
              tokens[end].kind == .identifier || tokens[end].kind == .dot {
            end += 1
        }
        return compactText(index..<end)
    }

    // MARK: - Parameters

    /// Reads the parameters between a `(` and its `)`, given as `start` (after the `(`) and
    /// `end` (the `)`).
    private func readParameters(from start: Int, to end: Int) -> [ParameterDeclaration] {
        var parameters: [ParameterDeclaration] = []
        var position = start < end && tokens[start].isComment ? next(after: start) : start
        while position < end {
            let parameterStart = position
            while position < end, tokens[position].kind == .at {
                position = min(endOfAttribute(at: position), end)
                if position < end, tokens[position].isComment { position = next(after: position) }
            }
            var names: [Int] = []
            while position < end, tokens[position].kind == .identifier {
                names.append(position)
                position = next(after: position)
            }
            var type = ""
            var isInout = false
            var hasDefault = false
            var literalDefault: String?
            if position < end, tokens[position].kind == .colon {
                let typeStart = next(after: position)
                position = endOfParameterType(from: typeStart, limit: end)
                type = compactText(typeStart..<position)
                isInout = startsWithInout(typeStart..<position)
            }
            if position < end, tokens[position].isOperator(UInt8(ascii: "=")) {
                hasDefault = true
                let valueStart = position + 1
                position = endOfExpression(from: valueStart, limit: end)
                literalDefault = literal(in: valueStart..<position)
            }
            // Whatever else is there (malformed input) runs to the next comma.
            while position < end, tokens[position].kind != .comma {
                position = skipBracketed(at: position, limit: end)
            }
            if !names.isEmpty || !type.isEmpty {
                var read = parameter(
                    names: names, type: type, isInout: isInout, hasDefault: hasDefault, start: parameterStart)
                read.literalDefault = literalDefault
                parameters.append(read)
            }
            position = max(next(after: position), parameterStart + 1)
        }
        return parameters
    }

    /// The text of the expression in `range` when it is a literal that means the same wherever
    /// it is written (see ``ParameterDeclaration/literalDefault``), else `nil`. Not `#file`,
    /// `#line` and the like: those name the place they are written.
    private func literal(in range: Range<Int>) -> String? {
        let meaningful = range.filter { !tokens[$0].isComment }
        let kinds = meaningful.map { tokens[$0].kind }
        let isLiteral: Bool
        switch kinds {
        case [.number]:
            isLiteral = true
        case [.operatorCharacter, .number]:
            isLiteral = tokens[meaningful[0]].isOperator(UInt8(ascii: "-")) && !tokens[meaningful[1]].hasSpaceBefore
        case [.stringSegment]:
            // One segment is a literal without interpolation; a multi-line one would need its
            // indentation kept.
            let text = text(of: tokens[meaningful[0]])
            isLiteral = !text.contains("\n") && !text.contains("\r") && text.hasSuffix("\"")
        case [.identifier]:
            isLiteral = ["true", "false", "nil"].contains(text(of: tokens[meaningful[0]]))
        case [.leftBracket, .rightBracket], [.leftBracket, .colon, .rightBracket]:
            isLiteral = true
        default:
            isLiteral = false
        }
        return isLiteral ? meaningful.map { text(of: tokens[$0]) }.joined() : nil
    }

    /// Whether the type in `range` is marked `inout` (before or after its attributes).
    private func startsWithInout(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            let token = tokens[position]
            if token.keyword == .inout { return true }
            if token.kind == .at {
                position = endOfAttribute(at: position)
            } else if token.isComment || token.keyword.isTypeSpecifier {
                position += 1
            } else {
                return false
            }
        }
        return false
    }

    private func parameter(
        names: [Int], type: String, isInout: Bool, hasDefault: Bool, start: Int
    ) -> ParameterDeclaration {
        let written = names.suffix(2).map { name(of: tokens[$0]) }
        let label: String?
        let internalName: String
        switch written.count {
        case 0:
            (label, internalName) = (nil, "_")
        case 1:
            (label, internalName) = written[0] == "_" ? (nil, "_") : (written[0], written[0])
        default:
            (label, internalName) = (written[0] == "_" ? nil : written[0], written[1])
        }
        let first = names.first ?? start
        return ParameterDeclaration(
            label: label, name: internalName, type: type, hasDefault: hasDefault,
            isInout: isInout,
            isVariadic: type.hasSuffix("..."),
            location: location(of: tokens[first].start))
    }
}
