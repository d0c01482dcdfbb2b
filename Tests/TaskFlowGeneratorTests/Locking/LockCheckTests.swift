import Testing
@testable import TaskFlowGenerator

@Suite struct LockCheckTests {
    typealias Fixture = LockFixture

    @Test func theLockedSourcesCheckClean() {
        #expect(Fixture.diagnostics(Fixture.source) == [])
    }

    @Test func withoutALockNothingIsChecked() {
        let changed = Fixture.edited("size: Int) async throws", "size: Int64) async throws")
        #expect(checkSources(moduleName: "App", sources: [Fixture.file(changed)], lock: nil).diagnostics == [])
    }

    @Test func aChangeOnlyToAFunctionsBodyIsNoDiagnostic() {
        let changed = Fixture.edited("-> Bool { true }", "-> Bool {\n    let held = held.count\n    return held > 0\n}")
        #expect(Fixture.diagnostics(changed) == [])
    }

    @Test(arguments: [
        // A parameter's type.
        ("size: Int) async throws", "size: Int64) async throws", "reserve",
         "parameter 'size: Int' is now 'size: Int64'"),
        // A new parameter.
        ("size: Int) async throws", "size: Int, zone: String) async throws", "reserve",
         "parameter 'zone: String' is new; requires 'zone' is new"),
        // A parameter gone.
        ("context: RequestContext, size: Int) async throws", "context: RequestContext) async throws", "reserve",
         "parameter 'size: Int' is gone; requires 'size' is gone"),
        // The context's type.
        ("func reserve(context: RequestContext,", "func reserve(context: Int,", "reserve",
         "parameter 'context: RequestContext' is now 'context: Int'"),
        // The return type.
        ("func notify(tag: String) {}", "func notify(tag: String) -> Int { 0 }", "notify",
         "return type 'Void' is now 'Int'"),
        // A provided symbol gone.
        ("///   - provides: committed\n", "", "commit",
         "provides 'committed' is gone"),
        // A provided symbol renamed.
        ("///   - provides: committed", "///   - provides: done", "commit",
         "provides 'committed' is gone; provides 'done' is new"),
        // What a parameter requires.
        ("///   - requires: reservations as held\n", "", "commit",
         "requires 'reservations as held' is gone; requires 'held' is new"),
        // The revert's parameters.
        ("func release(result: [Reservation]) async {}", "func release(result: [Reservation], size: Int) async {}", "reserve",
         "revert '(result: [Reservation])' is now '(result: [Reservation], size: Int)'"),
        // The revert gone.
        ("///   - revert: release\n", "", "reserve",
         "revert '(result: [Reservation])' is gone"),
    ])
    func aLockedTaskWhoseSignatureChangedWithoutAMajorBumpIsAnErrorAtItsTaskLine(
        _ old: String, _ new: String, _ task: String, _ change: String
    ) {
        let changed = Fixture.edited(old, new)
        let line = Fixture.line(of: "- Task: \(task)", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(line):5: error: task '\(task)' changed since taskflow.lock but its major version is still 1: \(change); \(Fixture.advice)",
        ])
    }

    @Test func aTaskChangedAndBumpedToANewMajorVersionIsOneOutOfDateWarning() {
        let changed = Fixture.edited("///   - revert: release\n", "///   - revert: release\n///   - version: 2.0\n")
            .replacingOccurrences(of: "size: Int) async throws", with: "size: Int64) async throws")
        let line = Fixture.line(of: "- Task: reserve", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(line):5: warning: taskflow.lock is out of date: task 'reserve' is version 2.0, locked at 1.0; run 'swift package taskflow lock' to update it",
        ])
    }

    @Test func aMinorVersionBumpAloneIsOneOutOfDateWarning() {
        let changed = Fixture.edited("///   - provides: committed\n", "///   - provides: committed\n///   - version: 1.1\n")
        let line = Fixture.line(of: "- Task: commit", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(line):5: warning: taskflow.lock is out of date: task 'commit' is version 1.1, locked at 1.0; run 'swift package taskflow lock' to update it",
        ])
    }

    @Test func aNewTaskInADurableFlowIsOneWarningNamingTheLockCommand() {
        let changed = Fixture.edited("///   - tasks: Probes, record\n", "///   - tasks: Probes, record, draft\n")
            .replacingOccurrences(of: "///   - tasks: draft\n", with: "///   - tasks: sketch_step\n")
            + "\n/// - Task: sketch_step\nfunc sketchStep(size: Int) {}\n"
        let flowLine = Fixture.line(of: "- Flow: checks", in: changed)
        let taskLine = Fixture.line(of: "- Task: draft", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(flowLine):5: error: durable flow 'checks' changed since taskflow.lock but its major version is still 1: child 'draft' added; \(Fixture.advice)",
            "\(taskLine):5: warning: taskflow.lock is out of date: task 'draft' is new; run 'swift package taskflow lock' to update it",
        ])
    }

    @Test func aNewTaskOutsideDurableFlowsIsNotLocked() {
        let changed = Fixture.source + "\n/// - Task: extra\nfunc extra(size: Int) {}\n\n/// - Flow: more\n///   - tasks: extra\nenum More {}\n"
        #expect(Fixture.diagnostics(changed) == [])
    }

    @Test func aNewDurableFlowIsOneWarning() {
        let changed = Fixture.edited("///   - tasks: draft\n", "///   - tasks: draft\n///   - durable: true\n")
        let flowLine = Fixture.line(of: "- Flow: sketch", in: changed)
        let taskLine = Fixture.line(of: "- Task: draft", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(taskLine):5: warning: taskflow.lock is out of date: task 'draft' is new; flow 'sketch' is new; run 'swift package taskflow lock' to update it",
        ])
        #expect(flowLine > taskLine)
    }

    @Test func aFlowNoLongerDurableIsOneWarningAtTheLockFile() {
        let changed = Fixture.edited("///   - tasks: reserve, commit, notify\n///   - durable: true\n", "///   - tasks: reserve, commit, notify\n")
        #expect(Fixture.diagnostics(changed) == [
            "1:1: warning: taskflow.lock is out of date: task 'commit' is no longer in a durable flow; "
                + "task 'notify' is no longer in a durable flow; task 'reserve' is no longer in a durable flow; "
                + "flow 'quota' is no longer durable or declared; run 'swift package taskflow lock' to update it",
        ])
    }

    @Test(arguments: [
        // A child removed.
        ("///   - tasks: reserve, commit, notify", "///   - tasks: reserve, commit", "quota",
         "child 'notify' removed", "task 'notify' is no longer in a durable flow"),
        // Children reordered.
        ("///   - tasks: reserve, commit, notify", "///   - tasks: notify, reserve, commit", "quota",
         "'notify' moved", nil),
        // A link added in a nested flow.
        ("///   - tasks: audit, ping\n", "///   - tasks: audit, ping\n///   - link: audit -> ping\n", "checks",
         "link 'audit -> ping' added in 'probes'", nil),
        // A child removed from a nested flow.
        ("///   - tasks: audit, ping\n", "///   - tasks: audit\n", "checks",
         "child 'ping' removed in 'probes'", "task 'ping' is no longer in a durable flow"),
        // A nested flow's pattern.
        ("///   - pattern: graph\n///   - tasks: audit, ping\n", "///   - tasks: audit, ping\n", "checks",
         "pattern 'graph' is now 'linear' in 'probes'", nil),
    ] as [(String, String, String, String, String?)])
    func aDurableFlowWhoseStructureChangedWithoutAMajorBumpIsAnErrorAtItsFlowLine(
        _ old: String, _ new: String, _ flow: String, _ change: String, _ outdated: String?
    ) {
        let changed = Fixture.edited(old, new)
        let line = Fixture.line(of: "- Flow: \(flow)", in: changed)
        var expected = ["\(line):5: error: durable flow '\(flow)' changed since taskflow.lock but its major version is still 1: \(change); \(Fixture.advice)"]
        if let outdated {
            expected.insert(
                "1:1: warning: taskflow.lock is out of date: \(outdated); run 'swift package taskflow lock' to update it", at: 0)
        }
        #expect(Fixture.diagnostics(changed).sorted() == expected.sorted())
    }

    @Test func aSwapOfTwoChildrenNamesTheOneThatMoved() {
        #expect(FlowShape.moved(from: ["a", "b", "c", "d"], to: ["b", "c", "d", "a"]) == ["a"])
        #expect(FlowShape.moved(from: ["a", "b", "c"], to: ["a", "b", "c"]) == [])
        #expect(FlowShape.moved(from: ["a", "b", "c"], to: ["c", "b", "a"]).count == 2)
    }

    @Test func aFlowWhoseStructureChangedWithAMajorBumpIsOneWarning() {
        let changed = Fixture.edited(
            "///   - tasks: reserve, commit, notify\n", "///   - tasks: notify, reserve, commit\n///   - version: 2.0\n")
        let line = Fixture.line(of: "- Flow: quota", in: changed)
        #expect(Fixture.diagnostics(changed) == [
            "\(line):5: warning: taskflow.lock is out of date: flow 'quota' is version 2.0, locked at 1.0; run 'swift package taskflow lock' to update it",
        ])
    }

    @Test func relockingAfterABumpLeavesNothingToReport() throws {
        let changed = Fixture.edited("///   - revert: release\n", "///   - revert: release\n///   - version: 2.0\n")
            .replacingOccurrences(of: "size: Int) async throws", with: "size: Int64) async throws")
        let relocked = try #require(lockSources(
            moduleName: "App", sources: [Fixture.file(changed)],
            existing: LockFileText(path: Fixture.lockPath, text: Fixture.lockText)).text)
        #expect(relocked.contains("\"size: Int64\""))
        #expect(Fixture.diagnostics(changed, lock: relocked) == [])
    }

    @Test func aLockWithoutAnEntryForTheTargetMakesEveryDurableFlowNew() {
        let found = Fixture.diagnostics(Fixture.source, lock: "{\"format\": 1, \"targets\": {}}")
        #expect(found.count == 1)
        #expect(found.first?.contains("warning: taskflow.lock is out of date: task 'audit' is new;") == true)
    }

    @Test func aFlowVersionIsReadFromItsBlockAndAMalformedOneIsAnError() throws {
        let versioned = Fixture.edited("///   - tasks: draft\n", "///   - tasks: draft\n///   - version: 3.1\n")
        let sketch = try #require(checkSources(moduleName: "App", sources: [Fixture.file(versioned)]).module.flows.first { $0.flow.name == "sketch" })
        #expect(sketch.flow.version == Version(major: 3, minor: 1))
        #expect(emitSwift(checkSources(moduleName: "App", sources: [Fixture.file(versioned)]).module)
            .contains("pattern: .linear,\n        version: TaskVersion(major: 3, minor: 1),\n"))
        let malformed = Fixture.edited("///   - tasks: draft\n", "///   - tasks: draft\n///   - version: 3\n")
        let line = Fixture.line(of: "- version: 3", in: malformed)
        #expect(diagnosticLines(malformed) == ["\(line):18: malformed version '3'; write MAJOR.MINOR, e.g. 1.0"])
    }
}
