import Testing
@testable import TaskFlowGenerator

/// Lexes `source` and returns its tokens' kinds and texts.
func lex(_ source: String) -> (tokens: [(kind: TokenKind, text: String, keyword: Keyword)], problems: [LexicalProblem]) {
    let bytes = Array(source.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        let (tokens, problems) = Lexer.tokenize(buffer)
        let described = tokens.map { token in
            (token.kind, String(decoding: buffer[token.start..<token.end], as: UTF8.self), token.keyword)
        }
        return (described, problems)
    }
}

@Suite struct LexerTests {
    @Test(arguments: [
        #"let s = "func a() {}""#,
        ##"let s = #"func "a"() {}"#"##,
        ###"let s = ##"a "# func b() "##"###,
        "let s = \"\"\"\n  func a() {}\n  \"\"\"",
        "let s = #\"\"\"\n  \"\"\" func a()\n  \"\"\"#",
        #"let s = "\(x) func \("nested \("deeper func") func") func""#,
        #"let s = "a\"func""#,
        ##"let s = #"a\#" func"#"##,
        "// func a()",
        "/* func a() /* nested */ func b() */",
        "/** func a() */",
        "/// func a()",
        "let r = /func a\\/()/",
        "let r = #/func \"a()/#",
        "let r = ##/func /# a()/##",
        "let r = #/\nfunc a()\n/#",
    ])
    func hidesNoFuncKeywordInsideLiteralsAndComments(source: String) {
        let result = lex(source)
        #expect(!result.tokens.contains { $0.keyword == .func }, "\(result.tokens.map(\.text))")
        #expect(result.problems.isEmpty)
    }

    @Test func readsHashQuoteQuoteQuoteHashAsASingleLineRawString() {
        #expect(lex(##"x = #"""# + #""""#; y"##).tokens.map(\.text) == ["x", "=", ##"#"""#"##, "+", ##"#""""#"##, ";", "y"])
        #expect(lex("x = #\"\"\"\n\"\"\"#").tokens.map(\.kind) == [.identifier, .operatorCharacter, .stringSegment])
    }

    @Test func lexesInterpolatedExpressionsAsTokens() {
        let result = lex(#""a\(f({ x in "b\(x)" }))c""#)
        #expect(result.tokens.map(\.text) == [
            #""a\"#, "(", "f", "(", "{", "x", "in", #""b\"#, "(", "x", ")", #"""#, "}", ")", ")", #"c""#,
        ])
        #expect(result.problems.isEmpty)
    }

    @Test func lexesRawInterpolationOnlyWithMatchingHashes() {
        let result = lex(##"#"a\(x)\#(y)"#"##)
        #expect(result.tokens.map(\.text) == [##"#"a\(x)\#"##, "(", "y", ")", ##""#"##])
    }

    @Test func keepsDivisionApartFromRegexLiterals() {
        #expect(lex("let x = a / b / c").tokens.allSatisfy { $0.kind != .regex })
        #expect(lex("let x = (a) / 2 / (b)").tokens.allSatisfy { $0.kind != .regex })
        #expect(lex("x /= 2; y = z/2").tokens.allSatisfy { $0.kind != .regex })
        #expect(lex("let r = /a+b/").tokens.contains { $0.kind == .regex && $0.text == "/a+b/" })
        #expect(lex("f(/\"/)").tokens.contains { $0.kind == .regex && $0.text == "/\"/" })
        #expect(lex("[1, 2].reduce(0, /) / 2").tokens.allSatisfy { $0.kind != .regex })
    }

    @Test func classifiesDocCommentsAsSwiftDoes() {
        let result = lex("/// a\n//// b\n// c\n/** d */\n/***/\n/**/\n/* e */")
        #expect(result.tokens.map(\.kind) == [
            .docLineComment, .docLineComment, .lineComment, .docBlockComment, .docBlockComment,
            .blockComment, .blockComment,
        ])
    }

    @Test func lexesOperatorsOneCharacterAtATimeExceptTheArrow() {
        let result = lex("a>>=b->c")
        #expect(result.tokens.map(\.text) == ["a", ">", ">", "=", "b", "->", "c"])
    }

    @Test func lexesBacktickedNamesAndDirectives() {
        let result = lex("#if DEBUG\nfunc `class`() {}\n#elseif os(Linux)\n#else\n#endif")
        #expect(result.tokens.map(\.text) == [
            "#if", "DEBUG", "func", "`class`", "(", ")", "{", "}", "#elseif", "os", "(", "Linux", ")",
            "#else", "#endif",
        ])
        #expect(result.tokens[3].keyword == .none)
        #expect(result.tokens.map(\.keyword).filter(\.isConditionalDirective) == [.poundIf, .poundElseif, .poundElse, .poundEndif])
    }

    @Test func lexesNumbersWithExponentsAsOneToken() {
        #expect(lex("1.5e-3 0x1p-2 1_000 0x1e-5").tokens.map(\.text) == ["1.5e-3", "0x1p-2", "1_000", "0x1e", "-", "5"])
    }

    @Test(arguments: [
        ("let s = \"abc\nfunc f() {}", LexicalProblem.Kind.unterminatedString, 8),
        ("x\n/* a /* b */ func f() {}", .unterminatedComment, 2),
        ("let s = \"\"\"\nfunc f() {}", .unterminatedString, 8),
        ("let s = #\"abc\"", .unterminatedString, 8),
        ("let s = \"a\\(b\"", .unterminatedString, 8),
        ("let r = #/abc", .unterminatedRegex, 8),
    ])
    func reportsUnterminatedTokensAtTheirStart(source: String, kind: LexicalProblem.Kind, offset: Int) {
        let problems = lex(source).problems
        #expect(problems.contains(LexicalProblem(kind: kind, offset: offset)), "\(problems)")
    }

    @Test func endsAnUnterminatedSingleLineStringAtTheEndOfItsLine() {
        let result = lex("let s = \"abc\nfunc f() {}")
        #expect(result.tokens.contains { $0.keyword == .func })
    }

    @Test func marksTokensThatStartALine() {
        let bytes = Array("a b\n  c /* \n */ d".utf8)
        let tokens = bytes.withUnsafeBufferPointer { Lexer.tokenize($0).tokens }
        #expect(tokens.map(\.startsLine) == [true, false, true, false, true])
        #expect(tokens.map(\.hasSpaceBefore) == [false, true, true, true, true])
    }
}
