import Foundation
import Testing
import TaskFlow

@Suite("taskflow-gen runs")
struct RunsCommandTests {
    /// `taskflow-gen`, built beside this test bundle (every test target of the package is).
    static let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("taskflow-gen")

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func listsEachRunWithIdFlowStateStartAndLastUpdate() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let engine = Engine(options: .init(journal: try FileJournal(directory: directory.url)))
        let finished = RunID()
        _ = try await engine.run(durableLinearFlow(), state: Tally(), context: DurableProbe(), runID: finished)
        let suspended = RunID()
        let probe = DurableProbe { name in if name == "a" { engine.suspend(suspended) } }
        let suspension = await #expect(throws: FlowFailure.self) {
            try await engine.run(durableLinearFlow(), state: Tally(), context: probe, runID: suspended)
        }
        #expect(suspension?.isSuspension == true)

        let listing = try Self.run(["runs", "--journal", directory.url.path])
        #expect(listing.status == 0)
        let lines = listing.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(lines.first == ["RUN", "FLOW", "STATE", "STARTED", "UPDATED"])
        #expect(lines.dropFirst().map { Array($0.prefix(3)) } == [
            ["\(finished)", "tally", "success"], ["\(suspended)", "tally", "suspended"],
        ])
        let stamps = lines.dropFirst().flatMap { $0.suffix(2) }
        #expect(stamps.count == 4)
        #expect(stamps.allSatisfy { ISO8601DateFormatter().date(from: $0) != nil })
    }

    @Test func aMissingDirectoryIsAnError() throws {
        let result = try Self.run(["runs", "--journal", "/nonexistent/journal"])
        #expect(result.status == 1)
        #expect(result.output.contains("no journal directory at /nonexistent/journal"))
    }
}
