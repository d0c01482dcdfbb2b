// MARK: - Where types, attributes and expressions end

// Every function here moves forward only and jumps over brackets through the lexer's
// bracket table, so skipping a type, an attribute or a default value costs at most the
// tokens it skips, whatever the input.

extension DeclarationReader {
    /// The index after the attribute whose `@` is at `index`: `@Name`, dotted components,
    /// generic arguments and an argument list written right after the name.
    func endOfAttribute(at index: Int) -> Int {
        var position = index + 1
        while position < tokens.count, !tokens[position].hasSpaceBefore,
              tokens[position].kind == .identifier || tokens[position].kind == .dot {
            position += 1
        }
        if position < tokens.count, tokens[position].isOperator(UInt8(ascii: "<")),
           !tokens[position].hasSpaceBefore, let end = endOfGenericArguments(at: position) {
            position = end
        }
        if position < tokens.count, tokens[position].kind == .leftParen, !tokens[position].hasSpaceBefore {
            let closer = source.closers[position]
            position = closer > position ? closer + 1 : position + 1
        }
        return position
    }

    /// The index after the `>` that closes the generic clause whose `<` is at `index`, or
    /// `nil` when what follows is not a generic clause (so the `<` is an operator).
    func endOfGenericArguments(at index: Int) -> Int? {
        var depth = 0
        var position = index
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .operatorCharacter:
                switch token.first {
                case UInt8(ascii: "<"):
                    depth += 1
                case UInt8(ascii: ">"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "~"),
                     UInt8(ascii: "="), UInt8(ascii: "-"):
                    break
                default:
                    return nil
                }
            case .identifier:
                // `let` declares a value generic parameter: `<let count: Int, T>`.
                if token.keyword.introducesDeclaration, token.keyword != .let { return nil }
            case .dot, .comma, .colon, .arrow, .at, .number,
                 .lineComment, .blockComment, .docLineComment, .docBlockComment:
                break
            case .leftParen, .leftBracket:
                let closer = source.closers[position]
                guard closer > position else { return nil }
                position = closer
            default:
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The index after the type that starts at `start` (`start` itself when no type starts
    /// there): attributes, specifiers, names with generic arguments and members, tuples,
    /// arrays, dictionaries, `?`/`!`/`...`, function types with effects, and `&`
    /// compositions.
    func endOfType(from start: Int) -> Int {
        var position = start
        while true {
            position = afterAttributesAndSpecifiers(from: position)
            guard position < tokens.count else { return position }
            let token = tokens[position]
            switch token.kind {
            case .leftParen, .leftBracket:
                let closer = source.closers[position]
                guard closer > position else { return position }
                position = closer + 1
            case .identifier where !token.keyword.introducesDeclaration && token.keyword != .where:
                position = afterGenericArguments(from: position + 1)
                while position + 1 < tokens.count, tokens[position].kind == .dot,
                      !tokens[position].startsLine, tokens[position + 1].kind == .identifier {
                    position = afterGenericArguments(from: position + 2)
                }
            default:
                return position
            }
            position = afterTypeSuffixes(from: position)
            // A function type's effects and arrow, or a composition's `&`, continue the type.
            var following = skippingComments(position)
            while following < tokens.count,
                  tokens[following].keyword == .async || tokens[following].keyword == .throws
                    || tokens[following].keyword == .rethrows {
                following = skippingComments(following + 1)
                if following < tokens.count, tokens[following].kind == .leftParen,
                   source.closers[following] > following {
                    following = skippingComments(source.closers[following] + 1)
                }
            }
            guard following < tokens.count,
                  tokens[following].kind == .arrow || tokens[following].isOperator(UInt8(ascii: "&"))
            else { return position }
            position = next(after: following)
        }
    }

    /// The index after the requirements of a `where` clause that start at `start`.
    func endOfWhereClause(from start: Int) -> Int {
        var position = start
        while true {
            let subjectEnd = endOfType(from: position)
            guard subjectEnd > position else { return position }
            position = subjectEnd
            var following = skippingComments(position)
            if following < tokens.count, tokens[following].kind == .colon {
                position = endOfType(from: next(after: following))
            } else if following + 1 < tokens.count, tokens[following].isOperator(UInt8(ascii: "=")),
                      tokens[following + 1].isOperator(UInt8(ascii: "=")) {
                position = endOfType(from: next(after: following + 1))
            }
            following = skippingComments(position)
            guard following < tokens.count, tokens[following].kind == .comma else { return position }
            position = next(after: following)
        }
    }

    /// The index of the `,` or `=` that ends a parameter's type starting at `start`, or
    /// `limit` (the parameter list's `)`).
    func endOfParameterType(from start: Int, limit: Int) -> Int {
        var position = start
        var angles = 0
        while position < limit {
            let token = tokens[position]
            switch token.kind {
            case .comma where angles == 0:
                return position
            case .operatorCharacter:
                switch token.first {
                case UInt8(ascii: "=") where angles == 0: return position
                case UInt8(ascii: "<"): angles += 1
                case UInt8(ascii: ">"): angles = max(0, angles - 1)
                default: break
                }
            case .leftParen, .leftBracket, .leftBrace:
                position = skipBracketed(at: position, limit: limit)
                continue
            default:
                break
            }
            position += 1
        }
        return limit
    }

    /// The index of the `,` that ends a default value starting at `start`, or `limit`.
    func endOfExpression(from start: Int, limit: Int) -> Int {
        var position = start
        while position < limit {
            let token = tokens[position]
            switch token.kind {
            case .comma:
                return position
            case .leftParen, .leftBracket, .leftBrace:
                position = skipBracketed(at: position, limit: limit)
            case .operatorCharacter where token.first == UInt8(ascii: "<") && !token.hasSpaceBefore
                && position > 0 && tokens[position - 1].kind == .identifier:
                // `Dictionary<String, Int>()`: a generic argument list, whose commas do not
                // end the value.
                if let end = endOfGenericArguments(at: position), end <= limit {
                    position = end
                } else {
                    position += 1
                }
            default:
                position += 1
            }
        }
        return limit
    }

    /// The index after the bracketed group opened at `index` if it closes before `limit`,
    /// else the index after `index`.
    func skipBracketed(at index: Int, limit: Int) -> Int {
        let closer = source.closers[index]
        return closer > index && closer < limit ? closer + 1 : index + 1
    }

    /// `index`, or the first token after it that is not a comment.
    func skippingComments(_ index: Int) -> Int {
        index < tokens.count && tokens[index].isComment ? next(after: index) : index
    }

    private func afterAttributesAndSpecifiers(from start: Int) -> Int {
        var position = skippingComments(start)
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .at {
                position = skippingComments(endOfAttribute(at: position))
            } else if token.isOperator(UInt8(ascii: "~")) {
                position = next(after: position)
            } else if token.keyword.isTypeSpecifier {
                let following = next(after: position)
                guard following < tokens.count, !tokens[following].startsLine else { return position }
                switch tokens[following].kind {
                case .identifier, .leftParen, .leftBracket, .at: position = following
                default: return position
                }
            } else {
                return position
            }
        }
        return position
    }

    private func afterGenericArguments(from position: Int) -> Int {
        guard position < tokens.count, tokens[position].isOperator(UInt8(ascii: "<")),
              !tokens[position].hasSpaceBefore,
              let end = endOfGenericArguments(at: position)
        else { return position }
        return end
    }

    private func afterTypeSuffixes(from start: Int) -> Int {
        var position = start
        while position < tokens.count {
            let token = tokens[position]
            if token.isOperator(UInt8(ascii: "?")) || token.isOperator(UInt8(ascii: "!")), !token.hasSpaceBefore {
                position += 1
            } else if token.kind == .dot, !token.hasSpaceBefore, position + 2 < tokens.count,
                      tokens[position + 1].kind == .dot, tokens[position + 2].kind == .dot {
                position += 3
            } else if token.kind == .dot, !token.startsLine, position + 1 < tokens.count,
                      tokens[position + 1].kind == .identifier {
                position = afterGenericArguments(from: position + 2)
            } else {
                return position
            }
        }
        return position
    }
}
