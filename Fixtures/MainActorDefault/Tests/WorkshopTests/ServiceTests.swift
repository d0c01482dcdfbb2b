import TaskFlow
import Testing

@testable import Workshop

/// The generated flows of a module isolated to the main actor by default: they compile, run
/// every task on the main actor, and revert.
@Suite struct ServiceTests {
    @Test func aServiceRunsEveryTaskInOrder() async throws {
        let ledger = Ledger()
        let outputs = try await Service.run(
            Service.Inputs(plate: "AB123"), context: ledger, washBay: WashBay(name: "bay 1"))
        #expect(outputs.invoice == 120)
        #expect(outputs.receipt == "AB123: 120")
        #expect(ledger.entries == [
            "inspect AB123", "log AB123", "wash AB123 in bay 1", "bill 5000 km", "hand back AB123",
        ])
    }

    @Test func aFailedHandBackRevertsTheBillAndTheWash() async throws {
        let ledger = Ledger(failing: "hand_back")
        let failure = await #expect(throws: FlowFailure.self) {
            try await Service.run(Service.Inputs(plate: "AB123"), context: ledger, washBay: WashBay(name: "bay 1"))
        }
        #expect(failure?.errors.map(\.task) == ["hand_back"])
        #expect(failure?.reverted == ["hand_back", "bill", "wash", "log_visit", "inspect"])
        #expect(ledger.entries == [
            "inspect AB123", "log AB123", "wash AB123 in bay 1", "bill 5000 km", "hand back AB123",
            "refund 120", "unwash AB123", "unlog AB123",
        ])
    }

    @Test func aFailedBillIsRefundedWithNothing() async throws {
        let ledger = Ledger(failing: "bill")
        await #expect(throws: FlowFailure.self) {
            try await Service.run(Service.Inputs(plate: "AB123"), context: ledger, washBay: WashBay(name: "bay 1"))
        }
        #expect(ledger.entries.suffix(3) == ["refund nothing", "unwash AB123", "unlog AB123"])
    }

    @Test func aNonisolatedTaskRunsAfterAMainActorOne() async throws {
        let outputs = try await Receipt.run(Receipt.Inputs(plate: "CD456", invoice: 80), context: Ledger())
        #expect(outputs.stamped == "[CD456: 80]")
    }

    @Test func aDurableFlowIsJournaledAndItsRunCanBeResumed() async throws {
        let engine = Engine(options: Engine.Options(journal: InMemoryJournal()))
        let runID = RunID()
        let outputs = try await DurableReceipt.run(
            DurableReceipt.Inputs(plate: "EF789", invoice: 90), context: Ledger(), engine: engine, runID: runID)
        #expect(outputs.stamped == "[EF789: 90]")
        #expect(try await engine.journaledRuns().map(\.state) == [.success])
        // A finished run resumes to its journaled final state, decoded, without running a task.
        let ledger = Ledger()
        let resumed = try await DurableReceipt.resume(runID: runID, context: ledger, engine: engine)
        #expect(resumed.stamped == "[EF789: 90]")
        #expect(ledger.entries.isEmpty)
    }
}
