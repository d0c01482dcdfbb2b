import Foundation
import TaskFlow

/// The flows a ``FlowWorker`` can run, by name.
///
/// The job board knows a run by its flow's name only; the registry maps that name back to the
/// flow, built once, and to the context its tasks take. Register a generated flow's shared
/// instance (`registry.register(CreateVolume.sharedFlow, context: services)`), or a hand-built
/// one. A worker claims only runs of the flows it has registered: a run of another flow waits
/// for a worker that knows it.
public struct FlowRegistry: Sendable {
    private var flows: [String: RegisteredFlow] = [:]

    /// An empty registry.
    public init() {}

    /// The names of the registered flows, sorted.
    public var names: [String] { flows.keys.sorted() }

    /// Registers `flow` under its name, replacing a flow registered under the same name.
    /// - Parameters:
    ///   - flow: The flow; its state is what a post encodes and its journal decodes.
    ///   - context: The value passed to every task that takes a context, in every run.
    public mutating func register<State: Codable, Context: Sendable>(
        _ flow: Flow<State, Context>, context: Context
    ) {
        flows[flow.name] = RegisteredFlow(flow, context: context)
    }

    /// Registers a flow whose tasks take no context. See ``register(_:context:)``.
    /// - Parameter flow: The flow.
    public mutating func register<State: Codable>(_ flow: Flow<State, Void>) {
        register(flow, context: ())
    }

    /// The flow registered under `name`.
    func flow(named name: String) -> RegisteredFlow? { flows[name] }
}

/// A registered flow with its types erased: it starts or resumes a run of the flow on an engine.
struct RegisteredFlow: Sendable {
    /// The flow's name.
    let name: String
    /// Starts the run from its posted state, or resumes it from its journal when it has one.
    let drive: @Sendable (_ engine: Engine, _ runID: RunID, _ postedState: Data, _ started: Bool)
        async throws(FlowFailure) -> Void

    init<State: Codable, Context: Sendable>(_ flow: Flow<State, Context>, context: Context) {
        name = flow.name
        drive = { engine, runID, postedState, started throws(FlowFailure) in
            if started {
                _ = try await engine.resume(flow, runID: runID, context: context)
                return
            }
            let state: State
            do {
                state = try JSONDecoder().decode(State.self, from: postedState)
            } catch {
                throw FlowFailure(
                    stopped: runID, flow: flow.name,
                    reason: .journal(PostedStateError(runID: runID, flow: flow.name, underlying: "\(error)")))
            }
            do throws(FlowFailure) {
                _ = try await engine.run(flow, state: state, context: context, runID: runID)
            } catch {
                // Its header was written after the claim was read: another attempt started it.
                guard error.journalError == .runExists(runID) else { throw error }
                _ = try await engine.resume(flow, runID: runID, context: context)
            }
        }
    }
}
