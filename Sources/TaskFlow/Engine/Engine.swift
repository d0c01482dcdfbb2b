/// Runs flows: schedules their tasks, reverts on failure, reports every transition.
///
/// An engine is a small value holding its ``Options``; one engine can run any number of flows,
/// concurrently. Each call to ``run(_:state:context:)`` is a separate run with its own
/// ``RunID``.
///
/// ```swift
/// let engine = Engine(listeners: [PrintingListener()], maxConcurrency: 8)
/// let final = try await engine.run(flow, state: initial, context: request)
/// ```
public struct Engine: Sendable {
    /// How the engine runs flows.
    public var options: Options

    /// Creates an engine with default options: no listeners, no concurrency limit.
    public init() {
        self.options = Options()
    }

    /// Creates an engine with `options`.
    /// - Parameter options: How the engine runs flows.
    public init(options: Options) {
        self.options = options
    }

    /// Creates an engine with the given listeners and concurrency limit.
    /// - Parameters:
    ///   - listeners: Receive every transition of every run.
    ///   - maxConcurrency: The most tasks of one run executing at once; `nil` for no limit.
    public init(listeners: [any FlowListener] = [], maxConcurrency: Int? = nil) {
        self.options = Options(listeners: listeners, maxConcurrency: maxConcurrency)
    }

    /// Runs `flow` from `state` and returns the final state.
    ///
    /// Tasks start as soon as their predecessors have succeeded (all at once in unordered and
    /// graph flows, up to ``Options/maxConcurrency``). When a task throws, no further task
    /// starts; tasks already running finish; then every task that ran — the failing one
    /// included — is reverted, in reverse completion order. A revert that throws is recorded
    /// and reverting continues.
    ///
    /// Cancelling the Swift task that calls `run` stops scheduling the same way; the run's
    /// tasks see the cancellation (they are child tasks), and reverts still run to completion.
    /// - Parameters:
    ///   - flow: The flow to run.
    ///   - state: The initial state: the run's inputs, as generated `run(_:)` functions set them.
    ///   - context: The value passed to every task that takes a context.
    /// - Returns: The final state, holding every symbol the tasks provided.
    /// - Throws: ``FlowFailure`` with the original errors and the outcome of reverting.
    @inlinable
    public func run<State, Context>(
        _ flow: Flow<State, Context>, state: State, context: Context
    ) async throws(FlowFailure) -> State {
        var run = FlowRun(flow, state: state, context: context, options: options)
        return try await run.run()
    }

    /// Runs a flow whose tasks take no context. See ``run(_:state:context:)``.
    /// - Parameters:
    ///   - flow: The flow to run.
    ///   - state: The initial state.
    /// - Returns: The final state.
    /// - Throws: ``FlowFailure`` with the original errors and the outcome of reverting.
    @inlinable
    public func run<State>(_ flow: Flow<State, Void>, state: State) async throws(FlowFailure) -> State {
        try await run(flow, state: state, context: ())
    }
}
