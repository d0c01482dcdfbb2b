import Foundation
import Testing
@testable import TaskFlow

@Suite("Removing runs from a journal")
struct JournalRemovalTests {
    let directory = TemporaryDirectory()

    /// The `.journal` files in the journal's directory.
    func journalFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasSuffix(".journal") }
    }

    @Test func removingARunDeletesItsFileAndTheRunCanNoLongerBeResumed() async throws {
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let engine = Engine(options: .init(journal: journal))
        let runID = RunID()
        _ = try await engine.run(durableLinearFlow(), state: Tally(), context: DurableProbe(), runID: runID)
        #expect(try journalFiles() == ["\(runID).journal"])

        try await engine.removeJournaledRun(runID)

        #expect(try journalFiles().isEmpty)
        #expect(try await engine.journaledRuns().isEmpty)
        #expect(try await FileJournal(directory: directory.url).runs().isEmpty)
        let failure = await #expect(throws: FlowFailure.self) {
            try await engine.resume(durableLinearFlow(), runID: runID, context: DurableProbe())
        }
        #expect(failure?.journalError == .unknownRun(runID))
    }

    @Test func removingARunTheJournalDoesNotHoldIsAnError() async throws {
        defer { directory.remove() }
        let runID = RunID()
        for journal in [try FileJournal(directory: directory.url), InMemoryJournal()] as [any FlowJournal] {
            await #expect(throws: JournalError.unknownRun(runID)) {
                try await Engine(options: .init(journal: journal)).removeJournaledRun(runID)
            }
        }
    }

    @Test func removingRunsDeletesWhatThePredicateSelectsAndKeepsTheRestResumable() async throws {
        defer { directory.remove() }
        let engine = Engine(options: .init(journal: try FileJournal(directory: directory.url)))
        let succeeded = RunID(), reverted = RunID(), suspended = RunID(), interrupted = RunID()
        _ = try await engine.run(durableLinearFlow(), state: Tally(), context: DurableProbe(), runID: succeeded)
        _ = try? await engine.run(
            durableLinearFlow(), state: Tally(), context: DurableProbe(failing: ["c"]), runID: reverted)
        let suspending = DurableProbe { name in if name == "b" { engine.suspend(suspended) } }
        _ = try? await engine.run(durableLinearFlow(), state: Tally(), context: suspending, runID: suspended)
        // What a crash in the middle of task a leaves: the header, `running`, a `running`.
        let header = RunHeader(
            runID: interrupted, flow: "tally",
            tasks: ["a", "b", "c", "d"].map { JournaledTask(name: $0, version: .initial) },
            started: Date(), initialState: try JSONEncoder().encode(Tally())
        )
        try await engine.options.journal.append(
            [.started(header), .flow(.running), .task(0, .running, message: nil)], to: interrupted, sync: true)
        #expect(try await engine.journaledRuns().map(\.state) == [.success, .reverted, .suspended, .running])

        let removed = try await engine.removeJournaledRuns { $0.state == .success || $0.state == .reverted }

        #expect(removed.map(\.runID) == [succeeded, reverted])
        #expect(try await engine.journaledRuns().map(\.runID) == [suspended, interrupted])
        #expect(try Set(journalFiles()) == ["\(suspended).journal", "\(interrupted).journal"])
        for runID in [suspended, interrupted] {
            let final = try await engine.resume(durableLinearFlow(), runID: runID, context: DurableProbe())
            #expect(final == DurableRunTests.expected)
        }
    }

    @Test func aRunInProgressIsNeitherRemovedNorOfferedForRemoval() async throws {
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let runID = RunID()
        let seen = Locked<(error: (any Error)?, offered: [RunID], removed: [RunSummary])>((nil, [], []))
        let probe = DurableProbe { name in
            guard name == "b" else { return }
            var refusal: (any Error)?
            do { try await engine.removeJournaledRun(runID) } catch { refusal = error }
            let offered = Locked<[RunID]>([])
            let removed = (try? await engine.removeJournaledRuns { run in
                offered.withLock { $0.append(run.runID) }
                return true
            }) ?? []
            seen.withLock { $0 = (refusal, offered.withLock { $0 }, removed) }
        }
        _ = try await engine.run(durableLinearFlow(), state: Tally(), context: probe, runID: runID)

        let (error, offered, removed) = seen.withLock { $0 }
        #expect(error as? JournalError == .runInProgress(runID))
        #expect(offered.isEmpty)
        #expect(removed.isEmpty)
        #expect(try await engine.journaledRuns().map(\.state) == [.success])
        #expect(try await engine.removeJournaledRuns { _ in true }.map(\.runID) == [runID])
        #expect(try await engine.journaledRuns().isEmpty)
    }
}
