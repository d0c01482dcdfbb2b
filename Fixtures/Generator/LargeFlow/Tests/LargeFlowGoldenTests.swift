import Testing
import TaskFlow

/// Runs the generated wiring of `long_chain`, large enough for the chunked form: metadata,
/// node tree (with a nested flow) and output checks built by functions of a few elements each.
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

    @Test func outputsMadeByHandReadBackWhatTheyWereGiven() {
        let outputs = LongChain.Outputs(
            v0: 0, v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8, v9: 9, w1: 10,
            w2: 11, w3: 12, w4: 13, w5: 14, v10: 15, v11: 16, v12: 17, v13: 18, v14: 19,
            v15: 20, v16: 21, v17: 22, v18: 23, v19: 24, v20: 25, v21: 26, v22: 27,
            v23: 28, v24: 29, v25: 30, v26: 31, v27: 32, v28: 33, v29: 34
        )
        #expect([outputs.v0, outputs.v9, outputs.w1, outputs.w5, outputs.v10, outputs.v29] == [0, 9, 10, 14, 15, 34])
    }

    @Test func aFinalStateMissingAnOutputIsRefusedNamingIt() {
        var state = LongChain.State()
        state.v0 = 1
        #expect(throws: MissingSymbolError(symbol: "v1")) { try LongChain.Outputs(checking: state) }
    }
}
