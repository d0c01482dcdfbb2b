import Testing
import TaskFlow

/// Runs the generated wiring of `warmup` (an unordered flow).
@Suite struct UnorderedGoldenTests {
    @Test func everyTaskRunsAndProvidesItsValue() async throws {
        let log = Log()
        let outputs = try await Warmup.run(Warmup.Inputs(region: "eu", pool_size: 2), context: log)
        #expect(outputs.cache_entries == 3)
        #expect(outputs.connections == ["eu-0", "eu-1"])
        #expect(outputs.flags == ["beta": true])
        #expect(log.all.sorted() == ["flags eu", "open 2 in eu", "warm cache eu"])
    }

    @Test func aFailingTaskIsRevertedWithoutAResult() async throws {
        let log = Log()
        do {
            _ = try await Warmup.run(Warmup.Inputs(region: "us", pool_size: 0), context: log)
            Issue.record("opening no connections should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "open_connections")
        }
        #expect(log.all.contains("close 0"))
        // The cache is cleared only if warming it finished before the failure.
        #expect(log.all.contains("clear cache 3") == log.all.contains("warm cache us"))
    }
}
