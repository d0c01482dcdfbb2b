import Testing
@testable import TaskFlowGenerator

/// A flow whose node tree depends on nothing a run is given is built once per process and shared
/// by its runs; one whose tasks are methods of instance owners is built around each run's owners.
@Suite struct SharedFlowTests {
    @Test func aFlowWithoutOwnersIsBuiltOnceAndEveryRunUsesIt() {
        let text = emitSwift(checkSource("""
            /// - Task: double
            ///   - provides: doubled
            func double(x: Int) -> Int { x * 2 }

            /// - Flow: doubling
            ///   - tasks: double
            enum Doubling {}
            """).module)
        #expect(text.contains("    static let sharedFlow = makeFlow()\n"))
        #expect(text.contains("let final = try await engine.run(sharedFlow, state: state)"))
        #expect(!text.contains("engine.run(makeFlow("))
    }

    @Test func aFlowWithInstanceOwnersIsBuiltAroundEachRunsOwners() {
        let text = emitSwift(checkSource("""
            struct Store: Sendable {
                /// - Task: save
                ///   - provides: saved
                func save(x: Int) -> Int { x }
            }

            /// - Flow: saving
            ///   - tasks: save
            enum Saving {}
            """).module)
        #expect(!text.contains("sharedFlow"))
        #expect(text.contains("engine.run(makeFlow(storeOwner: storeOwner), state: state)"))
    }
}

/// `run` reads the outputs of a run that succeeded without checking them again.
@Suite struct TrustedOutputsTests {
    @Test func aNonOptionalOutputIsUnwrappedAndAnOptionalOneIsPassedAsItIs() {
        let text = emitSwift(checkSource("""
            /// - Task: find
            ///   - provides: nickname
            func find(name: String) -> String? { nil }

            /// - Task: count
            ///   - provides: length
            func count(name: String) -> Int { name.count }

            /// - Flow: lookup
            ///   - tasks: find, count
            enum Lookup {}
            """).module)
        #expect(text.contains("nickname: final.nickname,\n"), "nil is a value a successful run may provide")
        #expect(text.contains("length: final.length!\n"))
        #expect(!text.contains("requireSymbol(final."))
    }
}
