import Testing
@testable import TaskFlowGenerator

@Suite struct ConditionalCompilationTests {
    @Test func readsDeclarationsInEveryBranch() {
        let file = read("""
            #if os(Linux)
            func a() {}
            #elseif canImport(Darwin) && (FOO || !BAR)
            func b() {}
            #else
            func c() {}
            #endif
            func d() {}
            """)
        #expect(file.functions.map(\.name) == ["a", "b", "c", "d"])
        #expect(file.functions.map(\.isConditional) == [true, true, true, false])
        #expect(file.functions.map(\.conditions) == [
            ["os(Linux)"],
            ["!os(Linux)", "canImport(Darwin) && (FOO || !BAR)"],
            ["!os(Linux)", "!(canImport(Darwin) && (FOO || !BAR))"],
            [],
        ])
    }

    @Test func nestedBlocksAddTheirClausesInsideTheOuterOnes() {
        let file = read("""
            #if A
            #if B // a comment is not part of the condition
            struct S {
                func f() {}
            }
            #else
            func g() {}
            #endif
            func h() {}
            #endif
            """)
        #expect(file.functions.map(\.conditions) == [["A", "B"], ["A", "!B"], ["A"]])
        #expect(file.types.map(\.conditions) == [["A", "B"]])
    }

    @Test func recordsAtMostSixtyFourClauses() throws {
        let chain = "#if C0\n" + (1..<100).map { "#elseif C\($0)\n" }.joined() + "func f() {}\n#endif\n"
        let nested = String(repeating: "#if N\n", count: 100) + "func g() {}\n" + String(repeating: "#endif\n", count: 100)
        let file = read(chain + nested + "func h() {}")
        #expect(file.functions.map(\.conditions.count) == [64, 64, 0])
        #expect(file.functions.first?.conditions.prefix(2) == ["!C0", "!C1"])
    }

    @Test func keepsTheOwnerWhenEveryBranchOpensTheSameBrace() {
        let file = read("""
            #if DEBUG
            extension A {
            #else
            extension B {
            #endif
                func f() {}
            }
            func g() {}
            """)
        #expect(file.functions.map(\.owner) == [["A"], []])
    }

    @Test func readsConditionalMembersOfATypeWithTheirOwner() {
        let file = read("""
            struct S {
                #if swift(>=6.0)
                /// Doc.
                func a() {}
                #else
                func b() {}
                #endif
            }
            """)
        #expect(file.functions.map(\.owner) == [["S"], ["S"]])
        #expect(file.functions.first?.docComment != nil)
    }
}
