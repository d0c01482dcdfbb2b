import Foundation
import TaskFlow
import Testing

/// `taskflow-gen runs` reads TaskFlow's journal files with a reader of its own (so the tool does
/// not depend on the runtime); these tests write journals with the runtime's `FileJournal` and
/// check that the tool reads them as the runtime does.
@Suite struct RunsListingTests {
    /// A header for a run of flow `tally` with two tasks, started at `started`.
    static func header(_ runID: RunID, started: Date) -> RunHeader {
        RunHeader(
            runID: runID, flow: "tally",
            tasks: [JournaledTask(name: "a", version: TaskVersion(major: 1)), JournaledTask(name: "b", version: TaskVersion(major: 2, minor: 3))],
            started: started, initialState: Data("{\"count\":0}".utf8))
    }

    /// The listing's rows after the header line, split into columns.
    static func rows(_ output: String) -> [[String]] {
        output.split(separator: "\n").dropFirst().map { $0.split(separator: " ").map(String.init) }
    }

    @Test(arguments: FlowState.allCases)
    func listsTheLastFlowStateTheRuntimeRecorded(_ state: FlowState) async throws {
        let directory = try TemporaryDirectory()
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        let started = Date(timeIntervalSince1970: 1_795_000_000.75)
        try await journal.append([.started(Self.header(runID, started: started)), .flow(.running)], to: runID, sync: false)
        try await journal.append([.task(0, .success, message: nil), .state(Data("{\"count\":1}".utf8))], to: runID, sync: false)
        try await journal.append([.task(1, .failure, message: "disk full"), .flow(state)], to: runID, sync: false)
        await journal.close(runID)

        let outcome = try ToolRunner.run(["runs", "--journal", directory.url.path], in: directory.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        #expect(outcome.standardOutput.hasPrefix("RUN "))
        let rows = Self.rows(outcome.standardOutput)
        #expect(rows.map { Array($0.prefix(4)) } == [["\(runID)", "tally", state.rawValue, "2026-11-18T11:06:40Z"]])
    }

    @Test func listsRunsOldestFirstAndSkipsOtherFilesAndUnstartedRuns() async throws {
        let directory = try TemporaryDirectory()
        let journal = try FileJournal(directory: directory.url)
        let older = RunID()
        let newer = RunID()
        try await journal.append([.started(Self.header(newer, started: Date(timeIntervalSince1970: 2_000)))], to: newer, sync: false)
        try await journal.append([.started(Self.header(older, started: Date(timeIntervalSince1970: 1_000)))], to: older, sync: false)
        await journal.close(older)
        await journal.close(newer)
        try directory.write("", to: "\(RunID()).journal")
        try directory.write("notes", to: "README.journal")

        let outcome = try ToolRunner.run(["runs", "--journal", directory.url.path], in: directory.url)
        #expect(outcome.status == 0)
        #expect(Self.rows(outcome.standardOutput).map { $0[0] } == ["\(older)", "\(newer)"])
        #expect(Self.rows(outcome.standardOutput).map { $0[3] } == ["1970-01-01T00:16:40Z", "1970-01-01T00:33:20Z"])
    }

    @Test func aTornLastRecordIsSkippedAndTheFileLeftAlone() async throws {
        let directory = try TemporaryDirectory()
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        try await journal.append([.started(Self.header(runID, started: Date())), .flow(.running)], to: runID, sync: false)
        await journal.close(runID)
        let file = journal.file(of: runID)
        let whole = try Data(contentsOf: file)
        // A record whose payload never reached the disk: a length, a checksum, then nothing.
        let torn = whole + Data([2, 0, 0, 0, 0xAB, 0xCD, 0xEF, 0x01])
        try torn.write(to: file)

        let outcome = try ToolRunner.run(["runs", "--journal", directory.url.path], in: directory.url)
        #expect(outcome.status == 0)
        #expect(Self.rows(outcome.standardOutput).map { $0[2] } == ["running"])
        #expect(try Data(contentsOf: file) == torn)
        #expect(try await journal.records(of: runID).last == .flow(.running))
    }

    @Test func aDamagedRecordBeforeTheLastIsAnError() async throws {
        let directory = try TemporaryDirectory()
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        try await journal.append([.started(Self.header(runID, started: Date())), .flow(.running), .flow(.success)], to: runID, sync: false)
        await journal.close(runID)
        let file = journal.file(of: runID)
        var bytes = try Data(contentsOf: file)
        let secondRecord = bytes.count - 2 * 10
        bytes[secondRecord + 8] ^= 0xFF
        try bytes.write(to: file)

        let outcome = try ToolRunner.run(["runs", "--journal", directory.url.path], in: directory.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "error: journal \(file.path) is corrupted at byte offset \(secondRecord); the records before it are intact\n")
        await #expect(throws: JournalError.corrupted(file: file.path, offset: secondRecord)) { try await journal.records(of: runID) }
    }
}
