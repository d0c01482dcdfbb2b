import Testing
import TaskFlow

/// Runs the generated wiring of `place_order`, whose tasks are isolated to actors: methods of
/// an actor and of a main-actor class, free functions on the main actor and on a global actor
/// of the module, and a static method of a main-actor extension. None is `async`; the generated
/// calls await them.
@Suite struct ActorOwnersGoldenTests {
    @MainActor
    @Test func isolatedTasksRunInOrderAndProvideTheirValues() async throws {
        let log = Log()
        let outputs = try await PlaceOrder.run(
            PlaceOrder.Inputs(size: 10), context: RequestContext(log: log, failing: false),
            ledger: Ledger(log: log), screen: Screen(log: log))
        #expect(outputs.reservation == 10)
        #expect(outputs.half == 5)
        #expect(outputs.let == [10, 5])
        #expect(outputs.status == "shown 5")
        #expect(log.all == ["reserve 10", "show 10", "note 10", "audit shown 5", "count shown 5"])
    }

    @MainActor
    @Test func aFailedAuditRevertsTheScreenAndTheLedger() async throws {
        let log = Log()
        do {
            _ = try await PlaceOrder.run(
                PlaceOrder.Inputs(size: 4), context: RequestContext(log: log, failing: true),
                ledger: Ledger(log: log), screen: Screen(log: log))
            Issue.record("the audit should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "audit")
            #expect(failure.revertErrors.isEmpty)
        }
        #expect(log.all.suffix(2) == ["hide shown 2", "release 4"])
    }
}
