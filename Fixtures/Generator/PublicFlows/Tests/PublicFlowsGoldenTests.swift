import Testing
import TaskFlow

/// Runs the generated wiring of flows declared on a `public`, a `package` and an internal type.
/// That the API is usable from another module is shown by `Fixtures/CreateVolume`'s
/// `CreateVolumeClientTests`, which imports its module without `@testable`.
@Suite struct PublicFlowsGoldenTests {
    @Test func aPublicFlowRunsThroughItsPublicAPI() async throws {
        let till = Till()
        let ledger = Ledger()
        let order = [Item(name: "tea", price: 3), Item(name: "cake", price: 4)]
        let outputs = try await Checkout.run(Checkout.Inputs(items: order), context: till, ledger: ledger)
        #expect(outputs.total == 7)
        #expect(outputs.receipt == "receipt 7")
        #expect(ledger.recorded == [7])
        #expect(till.all == ["price 2 items", "record 7"])
    }

    @Test func aDeclinedSaleIsRevertedAndReported() async throws {
        let till = Till()
        let ledger = Ledger()
        let failure = await #expect(throws: FlowFailure.self) {
            _ = try await Checkout.run(
                Checkout.Inputs(items: [Item(name: "tea", price: 30)], limit: 20), context: till, ledger: ledger)
        }
        #expect(failure?.errors.map(\.task) == ["record_sale"])
        #expect(failure?.errors.first?.error as? Declined == Declined(total: 30))
        #expect(till.all == ["price 1 items", "record 30", "cancel 30"])
        #expect(ledger.recorded.isEmpty)
    }

    @Test func aPublicFlowsOutputsCanBeMadeByHand() {
        let outputs = Checkout.Outputs(total: 1, receipt: "by hand")
        #expect(outputs.total == 1)
        #expect(outputs.receipt == "by hand")
        #expect(Checkout.metadata.name == "checkout")
        #expect(Checkout.diagram.hasPrefix("flowchart TD"))
    }

    @Test func aPackageFlowRunsAndResumesFromItsJournal() async throws {
        let till = Till()
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let runID = RunID()
        let first = try await Stocktake.run(
            Stocktake.Inputs(item: Item(name: "scone", price: 2)), context: till, engine: engine, runID: runID)
        #expect(first.stock == 5)
        let again = try await Stocktake.resume(runID: runID, context: till, engine: engine)
        #expect(again.stock == 5)
        #expect(till.all == ["count scone"])
    }

    @Test func aVersionedFlowRecordsItsVersionInItsRunsHeader() async throws {
        #expect(Stocktake.metadata.version == TaskVersion(major: 2, minor: 1))
        let journal = InMemoryJournal()
        let engine = Engine(options: .init(journal: journal))
        let runID = RunID()
        _ = try await Stocktake.run(
            Stocktake.Inputs(item: Item(name: "scone", price: 2)), context: Till(), engine: engine, runID: runID)
        guard case .started(let header)? = try await journal.records(of: runID).first else {
            Issue.record("the run has no header")
            return
        }
        #expect(header.flowVersion == TaskVersion(major: 2, minor: 1))
    }

    @Test func aFlowInsideAnInternalTypeIsInternal() async throws {
        let till = Till()
        let outputs = try await Back.Recount.run(Back.Recount.Inputs(item: Item(name: "bun", price: 1)), context: till)
        #expect(outputs.stock == 3)
    }
}
