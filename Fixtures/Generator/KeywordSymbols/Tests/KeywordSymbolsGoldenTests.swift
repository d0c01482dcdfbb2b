import Testing
import TaskFlow

/// Runs the generated wiring of `keywords`, whose symbols and functions are Swift keywords.
@Suite struct KeywordSymbolsGoldenTests {
    @Test func keywordSymbolsFlowLikeAnyOther() async throws {
        let outputs = try await Keywords.run(Keywords.Inputs(class: 1, value: 3, times: 3), context: Log())
        #expect(outputs.in == 2)
        #expect(outputs.self_ == 9)
        #expect(outputs.let == [3, 3, 3])
        #expect(outputs.State == 9)
    }

    @Test func aFailureRevertsTheKeywordTask() async throws {
        let log = Log()
        await #expect(throws: FlowFailure.self) {
            _ = try await Keywords.run(Keywords.Inputs(class: 1, value: 99), context: log)
        }
        #expect(log.all == ["default 1", "repeat 99", "undo 1 2"])
    }
}
