import Testing
@testable import TaskFlowGenerator

@Suite struct ReaderDiagnosticsTests {
    @Test(arguments: [
        ("func a() {}\nlet s = \"abc\nfunc b() {}", "t.swift:2:9: error: unterminated string literal", ["a", "b"]),
        ("func a() {}\n  /* open\nfunc b() {}", "t.swift:2:3: error: unterminated '/*' comment", ["a"]),
        ("let s = \"\"\"\nfunc b() {}", "t.swift:1:9: error: unterminated string literal", []),
        ("func a() {}\n/** open\nfunc b() {}", "t.swift:2:1: error: unterminated '/*' comment", ["a"]),
    ])
    func reportsUnterminatedTokensAtTheirStart(source: String, diagnostic: String, functions: [String]) {
        let file = read(source)
        #expect(file.diagnostics.map(\.description) == [diagnostic])
        #expect(file.functions.map(\.name) == functions)
    }

    @Test func reportsInvalidUTF8InADocCommentAndReadsOn() throws {
        let bytes = Array("func a() {}\n/// Bad: ".utf8) + [0xFF, 0xFE] + Array("\nfunc b() {}\n".utf8)
        let file = read(bytes: bytes)
        #expect(file.diagnostics.map(\.description) == ["t.swift:2:1: error: invalid UTF-8 in doc comment"])
        #expect(file.functions.map(\.name) == ["a", "b"])
        #expect(file.functions.last?.docComment?.lines.first?.text == " Bad: ??")
    }

    @Test func keepsEveryByteInItsColumnWhenRepairingADocComment() throws {
        // "é" (valid, 2 bytes), a lone continuation byte, a truncated 3-byte sequence, "x".
        let bytes = Array("/// é".utf8) + [0x80, 0xE2, 0x82] + Array("x\nfunc f() {}".utf8)
        let line = try #require(read(bytes: bytes).functions.first?.docComment?.lines.first)
        #expect(line.text == " é???x")
        #expect(line.text.utf8.count == bytes.firstIndex(of: UInt8(ascii: "\n"))! - 3)
    }

    @Test func ignoresInvalidUTF8OutsideDocComments() {
        let bytes = Array("let s = \"".utf8) + [0xC3] + Array("\"\n// ".utf8) + [0x80, 0xFF] + Array("\nfunc b() {}\n".utf8)
        let file = read(bytes: bytes)
        #expect(file.diagnostics.isEmpty)
        #expect(file.functions.map(\.name) == ["b"])
    }

    @Test(arguments: [
        "func", "func f(", "func f(x: ", "func f(x: Int = ", "func f() ->", "func f<", "struct", "extension",
        "struct S<", "func f() where", "#if", "@", "@attr(", "\"\\(", "#", "#\"", "/*", "`", "func f(x: [Int", "}}}{{{",
        "func f() -> (", "func f(x: Int) throws(", "extension A where", "class func", "/", "#/", "\"\"\"",
    ])
    func readsAnyPrefixOfAFileWithoutCrashing(source: String) {
        let file = read(source)
        #expect(file.path == "t.swift")
    }
}
