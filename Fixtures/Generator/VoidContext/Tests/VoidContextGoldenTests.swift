import Testing
import TaskFlow

/// Runs the generated wiring of `counting`, whose tasks take no context (`Context == Void`).
@Suite struct VoidContextGoldenTests {
    @Test func aFlowWithoutContextRunsWithoutOne() async throws {
        let log = Log()
        let outputs = try await Counting.run(Counting.Inputs(start: 4), counter: Counter(log: log))
        #expect(outputs.count == 5)
        #expect(outputs.doubled == 10)
        #expect(log.all == ["increment 4"])
        let flow: Flow<Counting.State, Void> = Counting.makeFlow(counter: Counter(log: log))
        _ = flow
    }

    @Test func aLaterFailureDecrementsTheCount() async throws {
        let log = Log()
        await #expect(throws: FlowFailure.self) {
            _ = try await Counting.run(Counting.Inputs(start: 100), counter: Counter(log: log))
        }
        #expect(log.all == ["increment 100", "decrement 101"])
    }
}
