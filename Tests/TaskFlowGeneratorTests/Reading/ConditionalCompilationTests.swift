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
