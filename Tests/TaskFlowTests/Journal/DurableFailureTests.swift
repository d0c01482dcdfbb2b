import Foundation
import Testing
@testable import TaskFlow

/// Durable runs throw one error type, as plain runs do: `FlowFailure`, whose reason tells a
/// reverted failure from a suspension or a journal that could not record the run.
@Suite struct DurableFailureTests {
    @Test func aDurableRunThrowsFlowFailureWhateverStopsIt() async throws {
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let runID = RunID()
        let flow = try durableLinearFlow()
        _ = try await engine.run(flow, state: Tally(), context: DurableProbe(), runID: runID)
        do {
            // The same run id again: the journal refuses it before anything runs.
            _ = try await engine.run(flow, state: Tally(), context: DurableProbe(), runID: runID)
            Issue.record("a run id was used twice")
        } catch {
            // `error` is a FlowFailure: the run's typed throws say so.
            #expect(error.journalError == .runExists(runID))
            #expect(error.errors.isEmpty && error.reverted.isEmpty)
            #expect(error.cause as? JournalError == .runExists(runID))
            #expect(error.description == "flow 'tally': run \(runID) stopped without reverting: \(JournalError.runExists(runID))")
        }
    }

    @Test func aFailedDurableRunIsRevertedAndSaysSo() async throws {
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let flow = try durableLinearFlow()
        do {
            _ = try await engine.run(flow, state: Tally(), context: DurableProbe(failing: ["c"]), runID: RunID())
            Issue.record("the run succeeded")
        } catch {
            #expect(error.reason.isFailed)
            #expect(error.failedTask == "c")
            #expect(error.reverted == ["c", "b", "a"])
            #expect(!error.isSuspension && error.journalError == nil)
        }
    }

    @Test func aSuspensionNamesTheRunAndHowToContinue() {
        let runID = RunID()
        let failure = FlowFailure(stopped: runID, flow: "tally", reason: .suspended)
        #expect(failure.isSuspension)
        #expect(failure.failedTask == nil)
        #expect(!failure.isCancellation)
        #expect(failure.description == "flow 'tally': run \(runID) was suspended; resume it to continue")
    }
}
