/// Walks the tokens of one file and records its declarations.
///
/// The reader does not build a syntax tree. It tracks the braces it is inside (a type's body
/// or some other body), the `#if` blocks, and what precedes the next declaration (doc
/// comments, attributes, modifiers). At a declaration keyword it reads the declaration's
/// header — a function's whole signature, a type's name — and goes on after it; bodies are
/// walked token by token, so local functions and nested types are found too.
struct DeclarationReader {
    /// The lexed file.
    let source: TokenizedFile
    /// The tokens, comments included.
    let tokens: [Token]
    /// The file's path, repeated in every location.
    let path: String
    /// Offsets to lines and columns.
    let lines: LineTable

    /// The functions found so far.
    var functions: [FunctionDeclaration] = []
    /// The types and extensions found so far.
    var types: [TypeDeclaration] = []
    /// The other doc-commented declarations found so far.
    var others: [OtherDeclaration] = []
    /// The type aliases found so far.
    var typeAliases: [TypeAliasDeclaration] = []
    /// The top-level unconditional imports found so far.
    var imports: [String] = []
    /// The top-level imports inside `#if` found so far.
    var conditionalImports: [ConditionalImport] = []
    /// The problems found so far.
    var diagnostics: [Diagnostic] = []

    /// The bodies the reader is inside, innermost last.
    var scopes: [Scope] = []
    /// The `#if` blocks the reader is inside, innermost last.
    var conditionals: [ConditionalBlock] = []
    /// What must hold where the reader is: the clauses of every `#if` around it, outermost
    /// first (see ``ConditionalBlock/clauses(limit:)``), at most ``mostConditionClauses``.
    /// Empty outside `#if`.
    var activeConditions: [String] = []
    /// What precedes the next declaration.
    var pending = PendingDeclaration()
    /// The `{` that will open the body of the declaration just read, and that body's scope.
    var pendingBody: (brace: Int, scope: Scope)?

    /// The most `#if` clauses a declaration records: past them (64 nested `#if`s, or an
    /// `#elseif` chain as long) the rest are not recorded, so that each declaration and each
    /// directive costs at most this much. The compiler still checks generated code.
    static let mostConditionClauses = 64
    /// The depth of scopes up to which `#if` branches restart from the scopes at `#if`.
    static let deepestRestoredScope = 256
    /// The depth of scopes up to which a type's body extends the type path; deeper types are
    /// read as bodies (their functions local), so that paths cost no more than this each.
    static let deepestTypeScope = 1_000

    /// Creates a reader over a lexed file.
    init(source: TokenizedFile, path: String) {
        self.source = source
        self.tokens = source.tokens
        self.path = path
        self.lines = LineTable(source.bytes)
    }

    /// Reads the whole file.
    ///
    /// - Returns: Everything found, in source order.
    mutating func read() -> FileDeclarations {
        for problem in source.problems {
            diagnostics.append(.error(problem.kind.message, at: location(of: problem.offset)))
        }
        var index = 0
        while index < tokens.count {
            let next = step(at: index)
            index = max(next, index + 1)
        }
        diagnostics.sort { $0.location < $1.location }
        return FileDeclarations(
            path: path, functions: functions, types: types, others: others, typeAliases: typeAliases,
            imports: imports, conditionalImports: conditionalImports, diagnostics: diagnostics)
    }

    // MARK: - One token

    /// Reads the token at `index` and whatever it starts.
    ///
    /// - Returns: The index of the next token to read.
    private mutating func step(at index: Int) -> Int {
        let token = tokens[index]
        switch token.kind {
        case .docLineComment, .docBlockComment:
            pending.docComments.append(index)
            return index + 1
        case .lineComment, .blockComment:
            return index + 1
        case .at:
            pending.noteStart(index)
            pending.attributes.append(index)
            return endOfAttribute(at: index)
        case .leftBrace:
            openBrace(at: index)
            pending.clear()
            return index + 1
        case .rightBrace:
            if !scopes.isEmpty { scopes.removeLast() }
            pending.clear()
            return index + 1
        case .poundKeyword:
            pending.clear()
            return directive(at: index)
        case .identifier where token.keyword != .none:
            return keyword(at: index)
        default:
            pending.clear()
            return index + 1
        }
    }

    private mutating func openBrace(at index: Int) {
        if let body = pendingBody, body.brace == index {
            scopes.append(body.scope)
        } else {
            scopes.append(.body(in: scopes.last))
        }
        pendingBody = nil
    }

    // MARK: - Keywords

    private mutating func keyword(at index: Int) -> Int {
        let token = tokens[index]
        let next = self.next(after: index)
        let nextToken = next < tokens.count ? tokens[next] : nil
        // `x.func`, `.init(…)` and labels such as `for:` are names, not keywords.
        if isAfterDot(index) || nextToken?.kind == .colon && token.keyword != .case {
            pending.clear()
            return index + 1
        }
        switch token.keyword {
        case .func:
            return readFunction(at: index)
        case .class:
            if let nextToken, nextToken.keyword.introducesDeclaration || nextToken.keyword.isModifier {
                pending.noteStart(index)
                pending.modifiers.append(index)
                return index + 1
            }
            if let nextToken, nextToken.kind == .identifier, nextToken.keyword == .none {
                return readType(at: index, kind: "class")
            }
        case .struct, .enum, .protocol:
            if let nextToken, nextToken.kind == .identifier {
                return readType(at: index, kind: text(of: token))
            }
        case .actor:
            if let nextToken, nextToken.kind == .identifier, nextToken.keyword == .none,
               token.startsLine || pending.start != nil || isAfterStatementBoundary(index) {
                return readType(at: index, kind: "actor")
            }
        case .extension:
            return readExtension(at: index)
        case .import:
            // `import func Darwin.sleep` declares no function: skip the whole line.
            let end = endOfImport(at: index)
            if scopes.isEmpty { readImport(from: pending.start ?? index, to: end) }
            recordOther(at: index)
            return end
        case .case:
            if scopes.last?.typeKind != nil { recordOther(at: index) }
        case .typealias:
            readTypeAlias(at: index)
            recordOther(at: index)
        case .initializer, .deinit, .subscript, .var, .let, .associatedtype,
             .operator, .precedencegroup:
            recordOther(at: index)
        case .macro:
            if let nextToken, nextToken.kind == .identifier { recordOther(at: index) }
        default:
            if token.keyword.isModifier {
                pending.noteStart(index)
                pending.modifiers.append(index)
                // `private(set)`, `unowned(safe)`, `nonisolated(unsafe)`.
                if let nextToken, nextToken.kind == .leftParen, !nextToken.hasSpaceBefore {
                    let closer = source.closers[next]
                    return closer < 0 ? next + 1 : closer + 1
                }
                return index + 1
            }
        }
        pending.clear()
        return index + 1
    }

    /// Records a doc-commented declaration other than a function or type, and forgets what
    /// preceded it.
    private mutating func recordOther(at index: Int) {
        if !pending.docComments.isEmpty, let comment = docComment(pending.docComments) {
            others.append(OtherDeclaration(
                keyword: text(of: tokens[index]), location: location(of: tokens[index].start),
                docComment: comment))
        }
        pending.clear()
    }

    /// The index after the `import` declaration whose keyword is at `index`: the end of its
    /// line, or a `;`.
    private func endOfImport(at index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, !tokens[end].startsLine, tokens[end].kind != .semicolon { end += 1 }
        return end
    }

    private mutating func readImport(from first: Int, to end: Int) {
        let declaration = writtenText(first..<end)
        if conditionals.isEmpty {
            imports.append(declaration)
        } else {
            conditionalImports.append(ConditionalImport(conditions: activeConditions, declaration: declaration))
        }
    }

    // MARK: - Directives

    private mutating func directive(at index: Int) -> Int {
        switch tokens[index].keyword {
        case .poundIf:
            // Branches restart from the scopes at `#if`; past an absurd depth they do not, so
            // that a file of nested `{` and `#if` costs linear time.
            let snapshot = scopes.count <= Self.deepestRestoredScope ? scopes : nil
            let end = endOfCondition(at: index)
            conditionals.append(ConditionalBlock(
                scopesAtStart: snapshot, scopesAfterFirstBranch: nil, base: activeConditions.count,
                condition: writtenText(index + 1..<end)))
            enterBranch()
            return end
        case .poundElseif, .poundElse:
            let end = tokens[index].keyword == .poundElse ? index + 1 : endOfCondition(at: index)
            if let last = conditionals.indices.last {
                if let condition = conditionals[last].condition {
                    conditionals[last].earlierConditions.append(condition)
                }
                conditionals[last].condition = tokens[index].keyword == .poundElse ? nil : writtenText(index + 1..<end)
                enterBranch()
                if let start = conditionals[last].scopesAtStart {
                    if conditionals[last].scopesAfterFirstBranch == nil {
                        conditionals[last].scopesAfterFirstBranch = scopes
                    }
                    scopes = start
                }
            }
            pendingBody = nil
            return end
        case .poundEndif:
            if let block = conditionals.popLast() {
                activeConditions.removeSubrange(min(block.base, activeConditions.count)...)
                if let after = block.scopesAfterFirstBranch { scopes = after }
            }
            pendingBody = nil
            return index + 1
        default:
            return index + 1
        }
    }

    /// Replaces the innermost block's clauses in ``activeConditions`` with its current
    /// branch's.
    private mutating func enterBranch() {
        guard let block = conditionals.last else { return }
        activeConditions.removeSubrange(min(block.base, activeConditions.count)...)
        activeConditions += block.clauses(limit: Self.mostConditionClauses - activeConditions.count)
    }

    /// Tokens as written, comments left out, one space where the source has space between
    /// tokens.
    private func writtenText(_ range: Range<Int>) -> String {
        var written = ""
        for position in range where !tokens[position].isComment {
            if !written.isEmpty, tokens[position].hasSpaceBefore { written += " " }
            written += text(of: tokens[position])
        }
        return written
    }

    /// The index after the condition of the `#if` or `#elseif` at `index`: the rest of its
    /// line, and any parentheses opened there.
    private func endOfCondition(at index: Int) -> Int {
        var position = index + 1
        while position < tokens.count, !tokens[position].startsLine {
            if tokens[position].kind == .leftParen, source.closers[position] > position {
                position = source.closers[position] + 1
            } else {
                position += 1
            }
        }
        return position
    }

    // MARK: - Positions

    /// The index of the first token after `index` that is not a comment.
    func next(after index: Int) -> Int {
        var position = index + 1
        while position < tokens.count, tokens[position].isComment { position += 1 }
        return position
    }

    /// Whether the last token before `index` that is not a comment is `.` (or `\`).
    private func isAfterDot(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, tokens[position].isComment { position -= 1 }
        return position >= 0 && (tokens[position].kind == .dot || tokens[position].kind == .backslash)
    }

    /// Whether the last token before `index` that is not a comment ends a statement (or there
    /// is none).
    private func isAfterStatementBoundary(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, tokens[position].isComment { position -= 1 }
        guard position >= 0 else { return true }
        switch tokens[position].kind {
        case .leftBrace, .rightBrace, .semicolon: return true
        default: return false
        }
    }

    /// The location of the byte at `offset`.
    func location(of offset: Int) -> SourceLocation {
        let (line, column) = lines.position(of: offset)
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The token's text (not validated: invalid UTF-8 is repaired).
    func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source.bytes[token.start..<token.end]), as: UTF8.self)
    }

    /// A name's text without backticks.
    func name(of token: Token) -> String {
        if token.first == UInt8(ascii: "`"), token.end - token.start >= 2 {
            return String(decoding: UnsafeBufferPointer(rebasing: source.bytes[(token.start + 1)..<(token.end - 1)]), as: UTF8.self)
        }
        return text(of: token)
    }

    /// The text of the tokens in `range`, comments left out, with whitespace removed except
    /// where Swift needs it: one space between two names (`inout Int`, `some View`,
    /// `any Error`), after an attribute's name (`@Sendable ()->Void`, which `@Sendable()` would
    /// misread as arguments) and before an `@` that followed a space.
    func compactText(_ range: Range<Int>) -> String {
        // Two passes over the tokens — measure, then copy — so that the text is allocated
        // once (or not at all, when it is short enough to be stored inline).
        var length = 0
        forEachCompactPiece(range) { start, end, space in length += end - start + (space ? 1 : 0) }
        let bytes = source.bytes
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            forEachCompactPiece(range) { start, end, space in
                if space {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                var index = start
                while index < end {
                    buffer[written] = bytes[index]
                    written += 1
                    index += 1
                }
            }
            return written
        }
    }

    /// Calls `body` with each token's byte range in `range`, comments left out, and whether
    /// one space goes before it (see `compactText(_:)`).
    private func forEachCompactPiece(_ range: Range<Int>, _ body: (Int, Int, Bool) -> Void) {
        var previous: Token?
        var previousIsAttributeName = false
        for position in range where !tokens[position].isComment {
            let token = tokens[position]
            var space = false
            if let previous, token.hasSpaceBefore {
                space = isNameLike(previous) && isNameLike(token) || previousIsAttributeName || token.kind == .at
            }
            body(token.start, token.end, space)
            previousIsAttributeName = token.kind == .identifier && previous?.kind == .at
            previous = token
        }
    }

    private func isNameLike(_ token: Token) -> Bool {
        token.kind == .identifier || token.kind == .number
    }
}
