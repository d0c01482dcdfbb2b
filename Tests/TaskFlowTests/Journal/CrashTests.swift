import Foundation
import Testing
import TaskFlow

/// Runs `taskflow-crash-probe` (built beside this test bundle) in child processes.
enum CrashProbe {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent()
        .appendingPathComponent("taskflow-crash-probe")

    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    /// Runs the probe to its end: its exit status and what it printed.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let (process, output) = try start(arguments)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Starts the probe and kills it with SIGKILL after `delay`.
    static func kill(_ arguments: [String], after delay: Duration) async throws {
        let (process, _) = try start(arguments)
        try await Task.sleep(for: delay)
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

@Suite("Crashes", .serialized)
struct CrashTests {
    @Test(arguments: 0..<20)
    func aRunKilledAtARandomMomentResumesToTheUninterruptedResult(_ trial: Int) async throws {
        try await killAndResume(trial: trial, options: [])
    }

    @Test(arguments: 0..<10)
    func aFailingRunKilledWhileRevertingFinishesItsRevertAfterRestart(_ trial: Int) async throws {
        try await killAndResume(trial: trial, options: ["--fail"])
    }

    /// The wide flow: 24 unlinked tasks, 8 at a time, whose completions share journal writes.
    /// A kill interrupts many tasks at once; every task whose success was durable at a kill
    /// never runs again.
    @Test(arguments: 0..<10)
    func aWideRunKilledAtARandomMomentNeverRerunsATaskWhoseSuccessWasDurable(_ trial: Int) async throws {
        try await killAndResume(trial: trial, options: ["--wide"])
    }

    /// Kills the probe once (twice for odd trials), resumes it, and checks the outcome is that
    /// of an uninterrupted run and the journal and effects are as they should be: tasks whose
    /// success was durable (a snapshot after it) when the probe was killed run no more.
    func killAndResume(trial: Int, options: [String]) async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let expected = try CrashProbe.run(["expected"] + options)
        try #require(expected.status == 0)
        let runID = RunID()
        let path = directory.url.path
        var kills = 0
        var started = false
        /// Tasks (by journal index) whose success was durable at a kill: how often they had run.
        var durableAt: [Int: Int] = [:]
        // Kill once, or twice for odd trials (the second time while resuming, or starting again
        // when the first kill came before the run's header was written).
        for attempt in 0..<(trial % 2 == 0 ? 1 : 2) {
            let verb = attempt == 0 ? "run" : "continue"
            try await CrashProbe.kill([verb, path, "\(runID)"] + options, after: .milliseconds(Int.random(in: 0...120)))
            kills += 1
            // The journal always opens after a kill: either the run never got to write its
            // header, or every record before a torn tail reads back.
            let journal = try FileJournal(directory: directory.url.appendingPathComponent("journal"))
            do {
                let records = try await journal.records(of: runID)
                started = true
                let executions = Self.executions(in: directory.url.appendingPathComponent("effects"))
                for task in Self.durableSuccesses(in: records) { durableAt[task] = executions[task, default: 0] }
            } catch JournalError.unknownRun {
                #expect(!started, "the run's journal disappeared")
            }
        }
        let finished = try CrashProbe.run(["continue", path, "\(runID)"] + options)
        #expect(finished.status == 0)
        #expect(finished.output == expected.output)
        let executions = Self.executions(in: directory.url.appendingPathComponent("effects"))
        for (task, count) in durableAt {
            #expect(executions[task] == count, "task \(task) ran again after its success was durable")
        }
        let verdict = try CrashProbe.run(["verify", path, "\(runID)", "\(kills)"] + options)
        #expect(verdict.output == "ok")
        #expect(verdict.status == 0)
    }

    /// Tasks whose success a snapshot follows: finished for good.
    static func durableSuccesses(in records: [JournalRecord]) -> Set<Int> {
        var durable = Set<Int>()
        var unconfirmed: [Int] = []
        for record in records {
            switch record {
            case .task(let task, .success, _): unconfirmed.append(task)
            case .state: durable.formUnion(unconfirmed); unconfirmed.removeAll()
            default: break
            }
        }
        return durable
    }

    /// How often each task executed, by the index of its name in the probe's flows
    /// (`step3` → 3, `wide17` → 17): one effect line per execution.
    static func executions(in effects: URL) -> [Int: Int] {
        let text = (try? String(contentsOf: effects, encoding: .utf8)) ?? ""
        var counts: [Int: Int] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("revert:") {
            let name = line.split(separator: " ")[0]
            if let index = Int(name.drop { !$0.isNumber }) { counts[index, default: 0] += 1 }
        }
        return counts
    }
}
