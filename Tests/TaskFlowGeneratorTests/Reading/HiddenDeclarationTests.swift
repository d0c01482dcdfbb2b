import Testing
@testable import TaskFlowGenerator

/// Text that looks like declarations but is not: the reader must find exactly the real ones.
@Suite struct HiddenDeclarationTests {
    @Test(arguments: [
        ##"let s = #"func hidden() {}"#"##,
        ####"let s = ###"a "## func hidden() "###"####,
        "let s = \"\"\"\n  func hidden() {}\n  \"\"\"",
        #"let s = "\(f("func hidden()")) \(g { "\("func hidden()")" })""#,
        "/* func hidden() /* nested */ func hidden() */",
        "let r = #/func hidden\\(\\)/#",
        "let r = /func hidden/",
        "x.func(); y = .init(); z = \\.func",
        "f(func: 1, init: 2, struct: 3)",
        "let `func` = 1",
        "#if canImport(Android)\nimport func Android.sleep\n#endif\nimport func Darwin.sleep",
        "case #\"'\"#, #\"\"\"#:\n  break",
    ])
    func findsNoFunctionInsideLiteralsCommentsOrMemberNames(source: String) {
        let file = read(source + "\nfunc real() {}")
        #expect(file.functions.map(\.name) == ["real"])
        #expect(file.diagnostics.isEmpty)
    }

    @Test func keepsReadingAfterAStringWithInterpolatedClosures() {
        let file = read(#"""
            struct S {
                var d: String { "\({ (x: Int) -> String in "\(x)}" }(1)) }" }
                func after() {}
            }
            """#)
        #expect(file.functions.map(\.owner) == [["S"]])
    }

    @Test func readsAttributesWithArgumentsAndMacros() {
        let file = read("""
            @attached(member, names: named(init), arbitrary)
            public macro Make() = #externalMacro(module: "M", type: "Make")
            @available(macOS, introduced: 15, message: "func hidden()")
            @Observable final class Model { #warning("func hidden") ; func real() {} }
            """)
        #expect(file.functions.map(\.name) == ["real"])
        #expect(file.functions.first?.owner == ["Model"])
    }
}
