import Synchronization
import TaskFlow
import Tracing

/// A listener that traces runs with swift-distributed-tracing: a span per run, and inside it a
/// span per execution and per revert of a task, current while the task runs.
///
/// ```swift
/// InstrumentationSystem.bootstrap(otelTracer)   // once, at start-up
/// let engine = Engine(listeners: [TracingListener()])
/// ```
///
/// - The **run's span** is named after the flow. It starts when the run starts (or resumes) and
///   ends when the run ends. Its parent is `ServiceContext.current` where the run was started,
///   so a run started while handling a traced request is part of that request's trace. It
///   carries `taskflow.run_id`, `taskflow.flow` and, once ended, `taskflow.state` (`success`,
///   `reverted`, `failure`, `suspended`); when the run fails, the error that made it revert is
///   recorded on it, and a run that ends `reverted` or `failure` gets the `error` status.
/// - A **task's span** is named after the task, a child of the run's span, and carries
///   `taskflow.run_id`, `taskflow.flow` and `taskflow.task`. It is `ServiceContext.current`
///   while the task's function runs, so the task's own HTTP or database client continues the
///   trace. What the task throws is recorded on it, with the `error` status.
/// - A **revert's span** is named `revert` followed by the task's name, with the same
///   attributes; a revert that throws is recorded the same way. Tasks without a revert
///   function have no revert span.
///
/// The task and revert spans come from this type being a ``TaskExecutionScope``: the engine
/// runs each execution and revert inside ``withScope(of:_:)``.
///
/// A **resumed durable run** — in another process, perhaps on another machine — gets a span of
/// its own, with the same `taskflow.run_id`, in the trace of the code that resumed it, and
/// **linked** to the span of the run it continues: as a ``RunAnnotator``, the listener records
/// that span's context in the run's journal header (through the tracer's propagation, under
/// keys starting `tracing.`) and reads it back on resume.
public final class TracingListener: TaskExecutionScope, RunAnnotator {
    private let tracer: any Tracer
    /// The span of each run in progress.
    private let runs = Mutex<[RunID: any Span]>([:])

    /// Creates a listener.
    /// - Parameter tracer: Where spans go; by default the tracer `InstrumentationSystem`
    ///   was bootstrapped with when the listener is created.
    public init(tracer: any Tracer = InstrumentationSystem.tracer) {
        self.tracer = tracer
    }

    /// Starts, annotates or ends the run's span.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        guard case .flow(_, let to) = event.transition else { return }
        switch to {
        case .running, .resuming:
            // Durable runs have their span already (``annotations(forStarting:flow:)``,
            // ``resuming(_:flow:annotations:)``).
            guard runs.withLock({ $0[event.runID] == nil }) else { return }
            _ = startRunSpan(event.runID, flow: event.flow)
        case .reverting:
            if let failure = event.failure, let span = runs.withLock({ $0[event.runID] }) {
                span.recordError(failure)
            }
        case .success, .reverted, .failure, .suspended:
            guard let span = runs.withLock({ $0.removeValue(forKey: event.runID) }) else { return }
            span.attributes[MetadataKey.state] = to.rawValue
            if to == .reverted || to == .failure {
                span.setStatus(SpanStatus(code: .error, message: "the run \(to.rawValue)"))
            }
            span.end()
        default:
            break
        }
    }

    // MARK: - Durable runs

    /// Starts the span of a durable run that is starting, and returns its context to record in
    /// the run's header.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    /// - Returns: The span's context as the tracer propagates it, under keys starting `tracing.`.
    public func annotations(forStarting runID: RunID, flow: String) -> [String: String] {
        let span = startRunSpan(runID, flow: flow)
        var carrier: [String: String] = [:]
        tracer.inject(span.context, into: &carrier, using: AnnotationInjector())
        return carrier
    }

    /// Ends the span of a run whose header could not be written, with the error.
    /// - Parameters:
    ///   - runID: The run.
    ///   - error: Why the header could not be written.
    public func runDidNotStart(_ runID: RunID, error: any Error) {
        guard let span = runs.withLock({ $0.removeValue(forKey: runID) }) else { return }
        span.recordError(error)
        span.setStatus(SpanStatus(code: .error, message: "the run did not start"))
        span.end()
    }

    /// Starts the span of a resumed run, linked to the span of the run it continues when its
    /// header recorded one.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - annotations: What the run's header recorded.
    public func resuming(_ runID: RunID, flow: String, annotations: [String: String]) {
        let span = startRunSpan(runID, flow: flow)
        guard annotations.keys.contains(where: { $0.hasPrefix(AnnotationInjector.prefix) }) else { return }
        var original = ServiceContext.topLevel
        tracer.extract(annotations, into: &original, using: AnnotationExtractor())
        span.addLink(SpanLink(context: original, attributes: [:]))
    }

    /// Starts a run's span, a child of `ServiceContext.current` (the task that called `run` or
    /// `resume`), and keeps it until the run ends.
    private func startRunSpan(_ runID: RunID, flow: String) -> any Span {
        let span = tracer.startSpan(flow, context: ServiceContext.current ?? .topLevel)
        span.attributes[MetadataKey.runID] = "\(runID)"
        span.attributes[MetadataKey.flow] = flow
        runs.withLock { $0[runID] = span }
        return span
    }

    // MARK: - Tasks

    /// Runs one execution or revert of a task inside its own span, a child of the run's span,
    /// with that span's context as `ServiceContext.current`.
    /// - Parameters:
    ///   - invocation: The task and whether it executes or reverts.
    ///   - body: The task's adapter or revert.
    /// - Throws: What `body` throws, after recording it on the span.
    public nonisolated(nonsending) func withScope(
        of invocation: TaskInvocation, _ body: nonisolated(nonsending) () async throws -> Void
    ) async throws {
        let parent = runs.withLock { $0[invocation.runID]?.context } ?? ServiceContext.current ?? .topLevel
        let name = invocation.kind == .execute ? invocation.task : "revert \(invocation.task)"
        let span = tracer.startSpan(name, context: parent)
        span.attributes[MetadataKey.runID] = "\(invocation.runID)"
        span.attributes[MetadataKey.flow] = invocation.flow
        span.attributes[MetadataKey.task] = invocation.task
        defer { span.end() }
        do {
            try await ServiceContext.$current.withValue(span.context) { try await body() }
        } catch {
            span.recordError(error)
            span.setStatus(SpanStatus(code: .error))
            throw error
        }
    }
}
