import Foundation
import Testing

@Suite struct LockCommandTests {
    static let durable = """
        /// - Task: double
        ///   - provides: doubled
        func double(value: Int) -> Int { value * 2 }

        /// - Flow: doubling
        ///   - tasks: double
        ///   - durable: true
        enum Doubling {}
        """

    /// A directory holding ``durable`` at `App.swift`, locked as module `App` in `taskflow.lock`.
    static func lockedDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write(durable, to: "App.swift")
        let outcome = try ToolRunner.run(
            ["lock", "--module", "App", "--lock", "taskflow.lock", "App.swift"], in: directory.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "App: taskflow.lock written\n")
        return directory
    }

    @Test func lockWritesTheTargetsEntryAndAgainLeavesItUntouched() throws {
        let directory = try Self.lockedDirectory()
        let lock = try #require(directory.read("taskflow.lock"))
        #expect(lock.contains("\"double\": {\n          \"parameters\": [\n            \"value: Int\"\n          ],"))
        let again = try ToolRunner.run(["lock", "--module", "App", "--lock", "taskflow.lock", "App.swift"], in: directory.url)
        #expect(again.standardError == "App: taskflow.lock is up to date\n")
        #expect(directory.read("taskflow.lock") == lock)
    }

    @Test func checkAndGenerateFailOnAnIncompatibleChangeAtTheTaskLine() throws {
        let directory = try Self.lockedDirectory()
        try directory.write(Self.durable.replacingOccurrences(of: "value: Int)", with: "value: Int64)"), to: "App.swift")
        let check = try ToolRunner.run(["check", "--module", "App", "--lock", "taskflow.lock", "App.swift"], in: directory.url)
        #expect(check.status == 1)
        #expect(check.standardError.hasPrefix(
            "App.swift:1:5: error: task 'double' changed since taskflow.lock but its major version is still 1: parameter 'value: Int' is now 'value: Int64';"))
        let generate = try ToolRunner.run(
            ["generate", "--output", "App.taskflow.swift", "--module", "App", "--lock", "taskflow.lock", "App.swift"],
            in: directory.url)
        #expect(generate.status == 1)
        #expect(generate.standardError == check.standardError)
        #expect(directory.read("App.taskflow.swift") == nil)
    }

    @Test func aLockNamedButMissingChecksNothing() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.durable, to: "App.swift")
        let outcome = try ToolRunner.run(
            ["generate", "--output", "App.taskflow.swift", "--module", "App", "--lock", "taskflow.lock", "App.swift"],
            in: directory.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        #expect(directory.read("taskflow.lock") == nil)
    }

    @Test func lockWithoutModuleOrLockFileIsAUsageMistake() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.durable, to: "App.swift")
        let outcome = try ToolRunner.run(["lock", "--lock", "taskflow.lock", "App.swift"], in: directory.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("error: lock needs --module NAME and --lock FILE together"))
    }

    @Test func aBrokenLockFileIsAnErrorNamingTheFileAndNothingIsWritten() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.durable, to: "App.swift")
        try directory.write("{\"format\": 1,\n  \"targets\": nul}\n", to: "taskflow.lock")
        let outcome = try ToolRunner.run(["lock", "--module", "App", "--lock", "taskflow.lock", "App.swift"], in: directory.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("taskflow.lock:2:14: error: taskflow.lock cannot be read: not JSON: expected a value"))
        #expect(directory.read("taskflow.lock") == "{\"format\": 1,\n  \"targets\": nul}\n")
    }
}
