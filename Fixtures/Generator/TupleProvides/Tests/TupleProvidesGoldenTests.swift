import Testing
import TaskFlow

/// Runs the generated wiring of `name_stats`, whose tasks return tuples.
@Suite struct TupleProvidesGoldenTests {
    @Test func tupleElementsAreStoredByLabelOrPositionAndWholeTuplesUnderOneName() async throws {
        let outputs = try await NameStats.run(NameStats.Inputs(full_name: "Ada Lovelace"), context: Log())
        #expect(outputs.first == "Ada")
        #expect(outputs.last == "Lovelace")
        #expect(outputs.shortest == 3)
        #expect(outputs.longest == 8)
        #expect(outputs.lengths == (3, 8))
    }

    @Test func aFailedPairIsRevertedWithoutAResult() async throws {
        let log = Log()
        await #expect(throws: FlowFailure.self) {
            _ = try await NameStats.run(NameStats.Inputs(full_name: "Al Abcdefghijklmnopqrstuvwxyz"), context: log)
        }
        #expect(log.all == ["split", "pair", "unpair nothing"])
    }
}
