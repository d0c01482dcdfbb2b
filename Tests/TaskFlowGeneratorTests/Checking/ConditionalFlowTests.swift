import Testing
@testable import TaskFlowGenerator

/// Flows and tasks inside `#if`: a flow's code is compiled under its type's conditions, and
/// every function it calls must be compiled there too.
@Suite struct ConditionalFlowTests {
    @Test func aFlowAndItsTasksUnderTheSameIfAreWrappedInIt() throws {
        let result = checkSource("""
            #if os(Linux) // Linux only
            /// - Task: probe
            ///   - provides: probed
            func probe(value: Int) -> Bool { true }

            /// - Flow: linux_probe
            ///   - tasks: probe
            enum LinuxProbe {}
            #endif
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try #require(result.module.flows.first).flow.conditions == ["os(Linux)"])
        let text = emitSwift(result.module)
        #expect(text.contains("// MARK: - linux_probe\n\n#if os(Linux)\n// - Flow: linux_probe\n"))
        #expect(text.hasSuffix("    }\n}\n#endif\n"))
    }

    @Test func aFlowUnderMoreConditionsThanItsTasksIsFine() {
        let source = """
            #if DEBUG
            /// - Task: probe
            ///   - provides: probed
            func probe(value: Int) -> Bool { true }
            #endif

            /// - Task: log
            ///   - provides: logged
            func log(probed: Bool) -> String { "" }

            #if   DEBUG
            #if canImport(Glibc)
            /// - Flow: deep
            ///   - tasks: probe, log
            enum Deep {}
            #endif
            #endif
            """
        let result = checkSource(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(emitSwift(result.module).contains("\n#if DEBUG && canImport(Glibc)\n"))
    }

    @Test func aTaskInsideIfCalledByAFlowOutsideItIsAnErrorAtTheFlow() {
        #expect(diagnosticLines("""
            #if DEBUG
            /// - Task: probe
            ///   - provides: probed
            func probe(value: Int) -> Bool { true }
            #endif

            /// - Flow: checks
            ///   - tasks: probe
            enum Checks {}
            """) == [
            "7:5: flow 'checks' calls 'probe(value:)' (task 'probe'), which is compiled only where 'DEBUG' holds,"
                + " but the flow is not inside '#if'; declare the flow's type under the same '#if', or the function outside it",
        ])
    }

    @Test func aRevertInAnotherBranchIsReportedWithANoteAtTheTask() throws {
        let other = checkSource("""
            /// - Task: reserve
            ///   - provides: reservation
            ///   - revert: release
            func reserve(size: Int) -> Int { size }

            #if !DEBUG
            func release(result: Int) {}
            #endif

            #if DEBUG
            /// - Flow: quota
            ///   - tasks: reserve
            enum Quota {}
            #endif
            """)
        let error = try #require(other.diagnostics.first)
        #expect(error.message == "flow 'quota' calls 'release(result:)' (revert of task 'reserve'), which is compiled only"
            + " where '!DEBUG' holds, but the flow is compiled only where 'DEBUG' holds; declare the flow's type under"
            + " the same '#if', or the function outside it")
        #expect(error.location.line == 11)
        #expect(error.notes.map(\.location.line) == [1])
    }

    @Test func conditionsAreNegatedJoinedAndComparedAsWritten() {
        #expect(CompilationCondition.negated("DEBUG") == "!DEBUG")
        #expect(CompilationCondition.negated("os(Linux)") == "!os(Linux)")
        #expect(CompilationCondition.negated("swift(>=6.0)") == "!swift(>=6.0)")
        #expect(CompilationCondition.negated("A || B") == "!(A || B)")
        #expect(CompilationCondition.negated("!A") == "!(!A)")
        #expect(CompilationCondition.negated("(A) && (B)") == "!((A) && (B))")
        #expect(CompilationCondition.conjunction(["A || B"]) == "A || B")
        #expect(CompilationCondition.conjunction(["DEBUG", "!(A || B)", "A || B", "!os(Linux)"])
            == "DEBUG && !(A || B) && (A || B) && !os(Linux)")
        #expect(CompilationCondition.holds([], wherever: []))
        #expect(CompilationCondition.holds(["os( Linux )"], wherever: ["DEBUG", "os(Linux)"]))
        #expect(!CompilationCondition.holds(["A"], wherever: ["A && B"]))
    }
}
