import TaskFlow

/// Linear flows of trivial async tasks through generated-style adapters, and the floor they are
/// measured against: the same closures awaited in a plain loop over a typed state.
extension RuntimeBenchmarks {
    /// The state a generated flow of counter tasks would have.
    struct CounterState: Sendable {
        var counter: Int?
    }

    /// A user's task function: trivial async work.
    ///
    /// Held in a struct, not bare in an array: an array stores a closure fully abstracted,
    /// behind a reabstraction thunk — an extra async frame on every call that generated code
    /// (which calls the user's functions directly) never pays. The baseline and the adapters
    /// call the very same closures the same way.
    struct Step: Sendable {
        let run: @Sendable (Int) async -> Int
    }

    /// The user's task functions.
    static func steps(_ count: Int) -> [Step] {
        (0..<count).map { offset in Step { value in value &+ offset } }
    }

    /// The adapter taskflow-gen emits for `- Task:` … `requires: counter`, `provides: counter`,
    /// for a method of `step` (taskflow-gen passes the owner first).
    nonisolated(nonsending) static func execute(_ step: Step, _ store: FlowStore<CounterState>) async throws {
        let counter = try store.read { try requireSymbol($0.counter, "counter") }
        let result = await step.run(counter)
        store.write { $0.counter = result }
    }

    /// The task of `step`, built as `makeFlow` builds it: the adapter called from a closure literal
    /// written where `FlowTask` takes it, so it is stored without a reabstraction thunk.
    static func task(_ step: Step, _ metadata: TaskMetadata) -> FlowTask<CounterState, Void> {
        FlowTask(metadata, execute: { store, _ in try await execute(step, store) })
    }

    /// The linear flow of `steps`: each task requires and provides `counter`, an input.
    static func linearFlow(_ steps: [Step]) throws -> Flow<CounterState, Void> {
        try Flow(inputs: ["counter"], root: linearRoot(steps))
    }

    /// The root node of ``linearFlow(_:)``.
    static func linearRoot(_ steps: [Step]) -> FlowNode<CounterState, Void> {
        let symbols = ["counter"]
        let children = steps.enumerated().map { index, step in
            FlowNode<CounterState, Void>.task(task(
                step, TaskMetadata(name: "step\(index)", requires: symbols, provides: symbols)
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
        // Taken from `FlowTask`s and held as a flow holds them: an array of bare closures would
        // store each one fully abstracted, behind reabstraction thunks the engine never pays for.
        let adapters = steps(count).map { step in
            Adapter(task(step, TaskMetadata(name: "step")))
        }
        let store = FlowStore(CounterState(counter: 0))
        let elapsed = try await timed {
            for adapter in adapters { try await adapter.execute(store, ()) }
        }
        precondition(store.snapshot.counter == (0..<count).reduce(0, &+), "the adapters computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// The same closures, each awaited through one more async closure that does nothing else:
    /// what an adapter layer costs before it touches the state — the floor of any design in
    /// which the engine calls an adapter that calls the task.
    static func layerNanosecondsPerTask(_ count: Int) async -> Timing {
        let layers = steps(count).map { step in Layer { value in await step.run(value) } }
        var state = CounterState(counter: 0)
        let elapsed = await timed {
            for layer in layers {
                state.counter = await layer.call(state.counter ?? 0)
            }
        }
        precondition(state.counter == (0..<count).reduce(0, &+), "the layers computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// An adapter reduced to its async call.
    struct Layer: Sendable {
        let call: nonisolated(nonsending) @Sendable (Int) async -> Int
    }

    /// The same closures awaited in a plain loop: the floor of any engine.
    static func baselineNanosecondsPerTask(_ count: Int) async -> Timing {
        let steps = steps(count)
        var state = CounterState(counter: 0)
        let elapsed = await timed {
            for step in steps {
                state.counter = await step.run(state.counter ?? 0)
            }
        }
        precondition(state.counter == (0..<count).reduce(0, &+), "the loop computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// A task's execute adapter alone, in the representation a flow keeps it in.
    struct Adapter<State: Sendable, Context: Sendable> {
        let execute: FlowTask<State, Context>.Execute

        init(_ task: FlowTask<State, Context>) {
            self.execute = task.execute
        }
    }
}
