import Testing
import TaskFlow

/// Runs the generated wiring of `long_chain`, large enough for the stepwise form: metadata,
/// node tree (with a nested flow) and outputs built one statement each.
@Suite struct LargeFlowGoldenTests {
    @Test func everyStepRunsInOrderAroundTheNestedFlow() async throws {
        let log = Log()
        let outputs = try await LongChain.run(LongChain.Inputs(seed: 100, fail_at: 0), context: log)
        #expect(outputs.v29 == 129)
        #expect([outputs.w1, outputs.w2, outputs.w3, outputs.w4, outputs.w5] == [109, 218, 327, 436, 545])
        #expect(log.all.count == 35)
        #expect(Array(log.all.prefix(10)) == (0 ..< 10).map { "step\($0)" })
        #expect(Set(log.all[10 ..< 15]) == Set((1 ... 5).map { "side\($0)" }))
        #expect(Array(log.all.suffix(20)) == (10 ..< 30).map { "step\($0)" })
        #expect(LongChain.metadata.tasks.count == 35)
    }

    @Test func aLateFailureRevertsEverythingThatRanInReverseOrder() async throws {
        let log = Log()
        do {
            _ = try await LongChain.run(LongChain.Inputs(seed: 1, fail_at: 25), context: log)
            Issue.record("step25 should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "step25")
        }
        let reverts = Array(log.all.drop { $0 != "step25" }.dropFirst())
        #expect(Array(reverts.prefix(2)) == ["undo step25 -", "undo step15 16"])
        #expect(Set(reverts.dropFirst(2).prefix(5)) == Set((1 ... 5).map { "undo side\($0)" }))
        #expect(Array(reverts.dropFirst(7)) == ["undo step5 6"])
    }
}
