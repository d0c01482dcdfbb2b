import TaskFlow

/// Flows whose tasks run concurrently: a wide graph, and many sleeping unordered tasks.
extension RuntimeBenchmarks {
    struct TallyState: Sendable {
        var tally: Int?
    }

    /// 10,000 tasks; task `i` provides `s<i>` and requires up to three earlier symbols, chosen by a
    /// fixed pseudo-random sequence. The flow is built once, outside the timed runs, as a
    /// generated flow without owners is (`sharedFlow`); running is measured.
    static func graphNanosecondsPerTask(_ count: Int) async throws -> Timing {
        let flow = try Flow(inputs: [], root: graphRoot(count))
        let engine = Engine()
        var final = TallyState()
        let elapsed = try await timed {
            final = try await engine.run(flow, state: TallyState(tally: 0))
        }
        precondition(final.tally == count, "not every task ran")
        return elapsed.perTask(count)
    }

    /// Building (with validation) the graph flow of ``graphNanosecondsPerTask(_:)`` alone.
    static func graphBuildNanosecondsPerTask(_ count: Int) async throws -> Timing {
        let root = graphRoot(count)
        var tasks = 0
        let elapsed = try await timed {
            tasks = try Flow(inputs: [], root: root).tasks.count
        }
        precondition(tasks == count, "the flow lost tasks")
        return elapsed.perTask(count)
    }

    /// The graph flow of ``graphNanosecondsPerTask(_:)``.
    static func graphRoot(_ count: Int) -> FlowNode<TallyState, Void> {
        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        let children = (0..<count).map { index in
            let requires = index == 0 ? [] : Array(Set((0..<min(3, index)).map { _ in "s\(next(index))" })).sorted()
            return FlowNode<TallyState, Void>.task(FlowTask(
                TaskMetadata(name: "t\(index)", requires: requires, provides: ["s\(index)"]),
                execute: { store, _ in store.write { $0.tally = ($0.tally ?? 0) &+ 1 } }
            ))
        }
        return .graph("graph", children)
    }

    /// `count` unordered tasks sleeping 10 ms each, at most `count` at once: total milliseconds.
    static func unorderedMilliseconds(_ count: Int) async throws -> Double {
        let children = (0..<count).map { index in
            FlowNode<TallyState, Void>.task(FlowTask(
                TaskMetadata(name: "sleep\(index)"),
                execute: { _, _ in try await Task.sleep(for: .milliseconds(10)) }
            ))
        }
        let flow = try Flow(inputs: [], root: .unordered("sleepers", children))
        let engine = Engine(maxConcurrency: count)
        let elapsed = try await timed {
            _ = try await engine.run(flow, state: TallyState())
        }
        return elapsed.wall / 1e6
    }
}
