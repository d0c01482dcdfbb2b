import Testing
import TaskFlow

@Suite struct CancellationTests {
    /// A task that waits until cancelled, and says when it has started.
    static func waiter(_ name: String, started: AsyncStream<Void>.Continuation) -> ProbeNode {
        .task(FlowTask(
            TaskMetadata(name: name),
            execute: { _, probe in
                try await probe.execute(name)
                started.yield()
                try await Task.sleep(for: .seconds(60))
            },
            revert: { _, probe, cause in
                // Reverts run to completion even though the run was cancelled.
                try await Task.sleep(for: .milliseconds(1))
                try probe.revert(name)
                #expect(cause.isCancellation)
            }
        ))
    }

    @Test func cancellingTheRunRevertsWhatRanAndThrowsCancellation() async throws {
        let (started, continuation) = AsyncStream<Void>.makeStream()
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [
            node("a"), Self.waiter("waits", started: continuation), node("never"),
        ]))
        let probe = Probe()
        let run = Task { try await Engine().run(flow, state: ProbeState(), context: probe) }
        for await _ in started { break }
        run.cancel()
        let failure = try await #require(throws: FlowFailure.self) { try await run.value }
        #expect(failure.isCancellation)
        #expect(failure.cause is CancellationError)
        #expect(failure.errors.count == 1)
        #expect(failure.errors.first?.task == nil)
        #expect(failure.reverted == ["waits", "a"])
        #expect(failure.revertErrors.isEmpty)
        #expect(probe.executed == ["a", "waits"])
        #expect(probe.reverted == ["waits", "a"])
    }

    @Test func cancellingAConcurrentRunCancelsTheRunningTasks() async throws {
        let (started, continuation) = AsyncStream<Void>.makeStream()
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", [
            Self.waiter("w1", started: continuation), Self.waiter("w2", started: continuation),
        ]))
        let probe = Probe()
        let run = Task { try await Engine().run(flow, state: ProbeState(), context: probe) }
        var count = 0
        for await _ in started {
            count += 1
            if count == 2 { break }
        }
        let clock = ContinuousClock()
        let start = clock.now
        run.cancel()
        let failure = try await #require(throws: FlowFailure.self) { try await run.value }
        #expect(clock.now - start < .seconds(30))
        #expect(failure.isCancellation)
        #expect(failure.errors.count == 1)
        #expect(Set(failure.reverted) == ["w1", "w2"])
    }

    @Test func aRunStartedCancelledRunsNothing() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a")]))
        let probe = Probe()
        let events = EventRecorder()
        let run = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Engine(listeners: [events]).run(flow, state: ProbeState(), context: probe)
        }
        let failure = try await #require(throws: FlowFailure.self) { try await run.value }
        #expect(failure.isCancellation)
        #expect(failure.reverted.isEmpty)
        #expect(probe.executed.isEmpty)
        #expect(events.lines == ["flow pending->running", "flow running->reverting", "flow reverting->reverted"])
    }
}

@Suite struct ConcurrencyLimitTests {
    @Test(arguments: [1, 2, 3, 8])
    func unorderedRunNeverExceedsTheLimit(_ limit: Int) async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", (0..<16).map { node("t\($0)") }))
        let probe = Probe(pause: .milliseconds(5))
        _ = try await Engine(maxConcurrency: limit).run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed.count == 16)
        #expect(probe.mostRunning == limit)
    }

    @Test(arguments: [1, 2])
    func graphRunNeverExceedsTheLimit(_ limit: Int) async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .graph("g", [
            node("root", provides: ["r"]),
        ] + (0..<6).map { node("leaf\($0)", requires: ["r"]) }))
        let probe = Probe(pause: .milliseconds(5))
        _ = try await Engine(maxConcurrency: limit).run(flow, state: ProbeState(), context: probe)
        #expect(probe.executed.count == 7)
        #expect(probe.mostRunning == limit)
    }

    @Test func withoutALimitEverythingReadyRunsAtOnce() async throws {
        let names = (0..<32).map { "t\($0)" }
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", names.map { node($0) }))
        let probe = Probe(pause: .milliseconds(20), rendezvous: Set(names))
        _ = try await Engine().run(flow, state: ProbeState(), context: probe)
        #expect(probe.mostRunning == 32)
    }
}
