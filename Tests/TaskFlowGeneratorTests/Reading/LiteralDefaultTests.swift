import Testing

@testable import TaskFlowGenerator

/// Which parameter defaults the reader records as literals: those generated code may write in
/// its own file and get the same value (`ParameterDeclaration.literalDefault`).
@Suite struct LiteralDefaultTests {
    /// The literal default recorded for the only parameter of `f`, declared with `default`.
    private func literalDefault(_ type: String, _ value: String) throws -> String? {
        let function = try #require(read("func f(x: \(type) = \(value)) {}").functions.first)
        let parameter = try #require(function.parameters.first)
        #expect(parameter.hasDefault)
        return parameter.literalDefault
    }

    @Test(arguments: [
        ("Int", "10", "10"),
        ("Int", "-1", "-1"),
        ("Double", "0.5", "0.5"),
        ("Int", "0x1F", "0x1F"),
        ("String", "\"a, b\"", "\"a, b\""),
        ("String", "\"\"", "\"\""),
        ("Bool", "true", "true"),
        ("Bool", "false", "false"),
        ("Int?", "nil", "nil"),
        ("[Int]", "[]", "[]"),
        ("[String: Int]", "[:]", "[:]"),
        ("Int", "/* none */ 3", "3"),
    ])
    func literalsAreRecordedAsWritten(type: String, value: String, recorded: String) throws {
        #expect(try literalDefault(type, value) == recorded)
    }

    @Test(arguments: [
        ("Mode", ".fast"),
        ("Mode", "Mode.fast"),
        ("Int", "- 1"),
        ("Int", "1 + 2"),
        ("String", "\"hi \\(name)\""),
        ("String", "#\"raw\"#"),
        ("String", "\"\"\"\n    text\n    \"\"\""),
        ("String", "#file"),
        ("Int", "#line"),
        ("[Int]", "[1]"),
        ("Int", "Int.max"),
        ("Config", "Config()"),
    ])
    func anythingElseIsNot(type: String, value: String) throws {
        #expect(try literalDefault(type, value) == nil)
    }

    @Test func aParameterWithoutADefaultHasNoLiteralDefault() throws {
        let function = try #require(read("func f(x: Int, y: Int = 2) {}").functions.first)
        #expect(function.parameters.map(\.literalDefault) == [nil, "2"])
    }
}
