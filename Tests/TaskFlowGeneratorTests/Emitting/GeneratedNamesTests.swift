import Testing
@testable import TaskFlowGenerator

/// The names generated code gives a task's adapters and result property: camel case, unless two
/// tasks of a flow would share one.
@Suite struct GeneratedNamesTests {
    @Test(arguments: [
        ("reserve_quota", "executeReserveQuota", "revertReserveQuota", "reserveQuotaResult"),
        ("tune", "executeTune", "revertTune", "tuneResult"),
        ("step2", "executeStep2", "revertStep2", "step2Result"),
        ("Reserve", "executeReserve", "revertReserve", "reserveResult"),
        ("_private_step", "executePrivateStep", "revertPrivateStep", "privateStepResult"),
    ])
    func aTasksNamesAreItsNameInCamelCase(task: String, execute: String, revert: String, result: String) {
        let names = GeneratedNames(tasks: [task, "other"])
        #expect(names.execute(task) == execute)
        #expect(names.revert(task) == revert)
        #expect(names.result(task) == result)
    }

    @Test func tasksWhoseCamelCaseNamesCollideKeepTheirNamesAsWritten() {
        let names = GeneratedNames(tasks: ["reserve_quota", "reserveQuota", "commit"])
        #expect(names.execute("reserve_quota") == "execute_reserve_quota")
        #expect(names.execute("reserveQuota") == "execute_reserveQuota")
        #expect(names.result("reserveQuota") == "result_reserveQuota")
        #expect(names.execute("commit") == "executeCommit")
    }

    @Test func collidingTasksCompileAndAFreeFunctionNamedLikeAnAdapterIsQualified() throws {
        let result = checkSource("""
            /// - Task: reserve_quota
            ///   - provides: a
            func executeCommit(x: Int) -> Int { x }

            /// - Task: reserveQuota
            ///   - provides: b
            func other(a: Int) -> Int { a }

            /// - Task: commit
            ///   - provides: c
            func commit(b: Int) -> Int { b }

            /// - Flow: quota
            ///   - tasks: reserve_quota, reserveQuota, commit
            enum Quota {}
            """)
        #expect(result.errors.isEmpty)
        let text = emitSwift(result.module)
        #expect(text.contains("static func execute_reserve_quota("))
        #expect(text.contains("static func execute_reserveQuota("))
        #expect(text.contains("static func executeCommit("))
        #expect(text.contains("await maybeIsolated(App.executeCommit(x: x))"), "the task's own function, not the adapter")
    }
}
