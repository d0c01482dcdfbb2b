import Testing
@testable import TaskFlowGenerator

/// Inputs built to make a careless reader recurse without bound or rescan the file at every
/// token: each must be read, in linear time, without a crash.
@Suite struct PathologicalInputTests {
    static let repetitions = 20_000

    @Test(arguments: [
        "\"\\(",            // nested interpolations, never closed
        "(",                // unclosed parentheses
        "{",                // unclosed braces
        "}",                // unopened braces
        "#if X\n",          // unclosed #if blocks
        "#if X\nfunc f() {}\n", // a declaration at every depth of them
        "#elseif X\nfunc f() {}\n", // endless branches (of no #if, then of one)
        "#if X\n#elseif Y\nfunc f() {}\n",
        "#else\n#endif\n",  // unopened #else / #endif
        "func f(",          // signatures that never close
        "func f(x: Int = {",
        "func f() -> (",
        "struct S<",        // generic clauses that never close
        "extension A<",
        "func f<T: A<",
        "@a(",              // attributes that never close
        "/*",               // nested comments, never closed
        "#/",
        "/// - Task: t\n",  // one huge doc comment
        "func f() where T: P, ",
        "class ",
        "([{",
    ])
    func readsRepeatedFragmentsInLinearTime(fragment: String) {
        let source = String(repeating: fragment, count: Self.repetitions) + "\nfunc last() {}"
        let file = read(source)
        #expect(file.path == "t.swift")
    }

    @Test(arguments: [(500, 500, false), (1_500, 1_000, true)])
    func readsNestedTypesWithTheirPathUpToAThousandLevels(depth: Int, ownerDepth: Int, isLocal: Bool) throws {
        let source = (0..<depth).map { "struct T\($0) {" }.joined() + "func f() {}" + String(repeating: "}", count: depth)
        let function = try #require(read(source).functions.first)
        #expect(function.owner.count == ownerDepth)
        #expect(function.isLocal == isLocal)
    }
}
