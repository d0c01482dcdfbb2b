import Testing
@testable import TaskFlowGenerator

@Suite struct OwnerTests {
    @Test func givesEachFunctionItsEnclosingTypePath() {
        let file = read("""
            func free() {}
            enum Cinder {
                struct Database<T: Sendable>: Sendable where T: Hashable {
                    func a() {}
                    actor Inner { static func b() {} }
                }
                func c() {}
            }
            extension Cinder.Database where T == Int {
                func d() {}
            }
            extension Array<Int>: CustomThing {
                func e() {}
            }
            protocol P: AnyObject { func f() async throws; func g() }
            class K: NSObject, @unchecked Sendable { func h() {} }
            private final class L<each T> { func i() {} }
            """)
        let owners = file.functions.map { "\($0.owner.joined(separator: ".")):\($0.ownerKind ?? "-"):\($0.name)" }
        #expect(owners == [
            ":-:free", "Cinder.Database:struct:a", "Cinder.Database.Inner:actor:b", "Cinder:enum:c",
            "Cinder.Database:extension:d", "Array:extension:e", "P:protocol:f", "P:protocol:g", "K:class:h",
            "L:class:i",
        ])
        #expect(file.types.map(\.path) == [
            ["Cinder"], ["Cinder", "Database"], ["Cinder", "Database", "Inner"],
            ["Cinder", "Database"], ["Array"], ["P"], ["K"], ["L"],
        ])
        #expect(file.types.map(\.kind) == ["enum", "struct", "actor", "extension", "extension", "protocol", "class", "class"])
        #expect(file.types.map(\.isGeneric) == [false, true, false, false, false, false, false, true])
        #expect(file.types.map(\.name) == ["Cinder", "Database", "Inner", "Cinder.Database", "Array<Int>", "P", "K", "L"])
        #expect(file.types.last?.modifiers == ["private", "final"])
    }

    @Test func marksFunctionsInsideBodiesAsLocal() {
        let file = read("""
            struct S {
                func a() {
                    func local() {}
                    let c = { func inClosure() {} }
                    struct Local { func method() {} }
                }
                var x: Int { func inGetter() -> Int { 1 }; return inGetter() }
                func b() {}
            }
            """)
        #expect(file.functions.map(\.name) == ["a", "local", "inClosure", "method", "inGetter", "b"])
        #expect(file.functions.map(\.isLocal) == [false, true, true, true, true, false])
        #expect(file.functions.last?.owner == ["S"])
    }

    @Test func tellsClassFunctionsFromClassDeclarations() {
        let file = read("class A { class func f() {}; class var x: Int { 1 }; class B {} }\nprotocol P: class {}")
        #expect(file.types.map(\.name) == ["A", "B", "P"])
        #expect(file.functions.map(\.isStatic) == [true])
    }

    @Test func readsActorAsAKeywordOnlyWhereADeclarationStarts() {
        let file = read("actor A {}\nlet actor = 1\nfunc f(actor: Int) { print(actor) }\npublic actor B {}")
        #expect(file.types.map(\.name) == ["A", "B"])
    }

    @Test func readsBacktickedAndUnicodeNames() throws {
        let file = read("struct `Type` { func `init`() {} }\nenum Café { func naïve() {} }")
        #expect(file.types.map(\.name) == ["Type", "Café"])
        #expect(file.functions.map(\.name) == ["init", "naïve"])
        #expect(file.functions.map(\.owner) == [["Type"], ["Café"]])
        // Columns are UTF-8 byte offsets: "enum Café { func " is 18 bytes.
        #expect(file.functions.last?.nameLocation.column == 19)
    }

    @Test func readsTopLevelUnconditionalImports() {
        let file = read("""
            import Foundation
            @preconcurrency import   Dispatch
            import struct Foundation.UUID // why
            public import Synchronization; import Testing
            #if canImport(Darwin)
            import Darwin
            #endif
            func f() { }
            """)
        #expect(file.imports == [
            "import Foundation", "@preconcurrency import Dispatch", "import struct Foundation.UUID",
            "public import Synchronization", "import Testing",
        ])
    }
}
