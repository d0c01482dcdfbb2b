import TaskFlow

/// Linear flows of trivial async tasks through generated-style adapters, and the floor they are
/// measured against: the same closures awaited in a plain loop over a typed state.
extension RuntimeBenchmarks {
    /// The state a generated flow of counter tasks would have.
    struct CounterState: Sendable {
        var counter: Int?
    }

    /// The user's task functions: trivial async work.
    static func steps(_ count: Int) -> [@Sendable (Int) async -> Int] {
        (0..<count).map { offset in { value in value &+ offset } }
    }

    /// The adapter taskflow-gen emits for `- Task:` … `requires: counter`, `provides: counter`.
    static func execute(_ step: @escaping @Sendable (Int) async -> Int) -> FlowTask<CounterState, Void>.Execute {
        { store, _ in
            let counter = try store.read { try requireSymbol($0.counter, "counter") }
            let result = await step(counter)
            store.write { $0.counter = result }
        }
    }

    /// The linear flow of `steps`: each task requires and provides `counter`, an input.
    static func linearFlow(_ steps: [@Sendable (Int) async -> Int]) throws -> Flow<CounterState, Void> {
        try Flow(inputs: ["counter"], root: linearRoot(steps))
    }

    /// The root node of ``linearFlow(_:)``.
    static func linearRoot(_ steps: [@Sendable (Int) async -> Int]) -> FlowNode<CounterState, Void> {
        let symbols = ["counter"]
        let children = steps.enumerated().map { index, step in
            FlowNode<CounterState, Void>.task(FlowTask(
                TaskMetadata(name: "step\(index)", requires: symbols, provides: symbols),
                execute: execute(step)
            ))
        }
        return .linear("linear", children)
    }

    /// Building (with validation) the linear flow of `count` tasks alone, divided by `count`.
    static func linearBuildNanosecondsPerTask(_ count: Int) async throws -> Timing {
        let root = linearRoot(steps(count))
        var tasks = 0
        let elapsed = try await timed {
            tasks = try Flow(inputs: ["counter"], root: root).tasks.count
        }
        precondition(tasks == count, "the flow lost tasks")
        return elapsed.perTask(count)
    }

    /// `engine.run` of a linear flow of `count` tasks, divided by `count`.
    static func linearNanosecondsPerTask(_ count: Int) async throws -> Timing {
        let flow = try linearFlow(steps(count))
        let engine = Engine()
        var final = CounterState()
        let elapsed = try await timed {
            final = try await engine.run(flow, state: CounterState(counter: 0))
        }
        precondition(final.counter == (0..<count).reduce(0, &+), "the flow computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// The generated-style adapters of the linear flow awaited in a plain loop, without an engine:
    /// what the adapters alone cost (two store accesses and one extra async call per task).
    static func adaptersNanosecondsPerTask(_ count: Int) async throws -> Timing {
        let steps = steps(count)
        let executes = steps.map { execute($0) }
        let store = FlowStore(CounterState(counter: 0))
        let elapsed = try await timed {
            for execute in executes { try await execute(store, ()) }
        }
        precondition(store.snapshot.counter == (0..<count).reduce(0, &+), "the adapters computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// The same closures awaited in a plain loop: the floor of any engine.
    static func baselineNanosecondsPerTask(_ count: Int) async -> Timing {
        let steps = steps(count)
        var state = CounterState(counter: 0)
        let elapsed = await timed {
            for step in steps {
                state.counter = await step(state.counter ?? 0)
            }
        }
        precondition(state.counter == (0..<count).reduce(0, &+), "the loop computed a wrong sum")
        return elapsed.perTask(count)
    }
}
