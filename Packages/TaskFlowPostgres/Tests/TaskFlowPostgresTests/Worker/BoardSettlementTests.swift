import TaskFlow
import Testing

@testable import TaskFlowPostgres

/// How a run's ending reaches the board, without a database.
struct BoardSettlementTests {
    let runID = RunID()

    func failure(_ reason: FlowFailure.Reason) -> Result<Void, FlowFailure> {
        .failure(FlowFailure(stopped: runID, flow: "f", reason: reason))
    }

    @Test func aSuccessCompletesTheRun() {
        #expect(BoardSettlement(ending: .success(()), leaseLost: false) == .complete(lastError: nil))
    }

    @Test func aRevertedFailureCompletesTheRunWithItsError() {
        let failed = FlowFailure(
            runID: runID, flow: "f", errors: [TaskError(task: "t", error: CancellationError())], reverted: ["t"],
            revertErrors: [])
        let settlement = BoardSettlement(ending: .failure(failed), leaseLost: false)
        #expect(settlement == .complete(lastError: failed.description))
    }

    @Test func aRunCancelledAtTheBoardsRequestIsMarkedCancelled() {
        let cancelled = FlowFailure(
            runID: runID, flow: "f", errors: [TaskError(task: nil, error: CancellationError())], reverted: ["t"],
            revertErrors: [])
        #expect(BoardSettlement(ending: .failure(cancelled), leaseLost: false, cancelRequested: true) == .cancelled)
        #expect(BoardSettlement(ending: .success(()), leaseLost: false, cancelRequested: true) == .complete(lastError: nil))
    }

    @Test func aSuspensionHandsTheRunBack() {
        #expect(BoardSettlement(ending: failure(.suspended), leaseLost: false) == .abandon)
    }

    @Test func aJournalFaultIsTriedAgainLater() {
        let error = DatabaseError(operation: "appending", sqlState: "57014", message: "canceling statement")
        #expect(BoardSettlement(ending: failure(.journal(error)), leaseLost: false) == .fail(error: "\(error)"))
    }

    @Test func aPostedStateThatCannotDecodeIsDiscarded() {
        let error = PostedStateError(runID: runID, flow: "f", underlying: "not JSON")
        #expect(BoardSettlement(ending: failure(.journal(error)), leaseLost: false) == .discard(error: "\(error)"))
    }

    @Test func aLostLeaseLeavesTheRunToItsNewHolderWhateverTheEnding() {
        #expect(BoardSettlement(ending: failure(.journal(PostgresJournalError.leaseLost(runID))), leaseLost: false) == .leave)
        #expect(BoardSettlement(ending: failure(.suspended), leaseLost: true) == .leave)
        #expect(BoardSettlement(ending: .success(()), leaseLost: true) == .leave)
    }
}
