import Metrics
import Synchronization
import TaskFlow

/// A listener that reports runs through swift-metrics: how long tasks and runs take, how often
/// tasks fail and are reverted, and how many runs are in progress.
///
/// ```swift
/// let engine = Engine(listeners: [MetricsListener(prefix: "volumes")])
/// ```
///
/// With the default prefix `taskflow`, the metrics are (see `Docs/Observability.md`):
///
/// | Label | Type | Dimensions | Reported |
/// | --- | --- | --- | --- |
/// | `taskflow.task.duration` | timer | `flow`, `task`, `outcome` (`success`, `failure`) | when a task stops running |
/// | `taskflow.run.duration` | timer | `flow`, `outcome` (`success`, `reverted`, `failure`, `suspended`) | when a run ends |
/// | `taskflow.task.failures` | counter | `flow`, `task` | when a task throws |
/// | `taskflow.task.reverts` | counter | `flow`, `task` | when a task has been reverted |
/// | `taskflow.task.revert_failures` | counter | `flow`, `task` | when a task's revert throws |
/// | `taskflow.runs.in_progress` | meter (a gauge that goes up and down) | `flow` | up when a run starts or resumes, down when it ends |
///
/// Durations are measured on a monotonic clock when the engine reports the transitions. Metric
/// handles are made once per label and dimensions, then reused. Safe to share between
/// concurrent runs and engines.
public final class MetricsListener: FlowListener {
    /// What every label starts with, followed by a dot.
    public let prefix: String
    private let factory: any MetricsFactory
    private let state = Mutex(MetricsState())

    /// Creates a listener.
    /// - Parameters:
    ///   - prefix: What every metric's label starts with: `taskflow` gives
    ///     `taskflow.task.duration`.
    ///   - factory: The metrics backend; by default the one `MetricsSystem.bootstrap` installed.
    public init(prefix: String = "taskflow", factory: any MetricsFactory = MetricsSystem.factory) {
        self.prefix = prefix
        self.factory = factory
    }

    /// Updates the metrics the transition concerns.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        let now = ContinuousClock.now
        switch event.transition {
        case .flow(_, .running):
            let started = state.withLock { $0.startRun(event.runID, at: now) }
            if started { meter("runs.in_progress", [("flow", event.flow)]).increment() }
        case .flow(_, let end) where end == .success || end == .reverted || end == .failure || end == .suspended:
            guard let started = state.withLock({ $0.endRun(event.runID) }) else { return }
            meter("runs.in_progress", [("flow", event.flow)]).decrement()
            timer("run.duration", [("flow", event.flow), ("outcome", end.rawValue)])
                .recordNanoseconds(Self.nanoseconds(now - started))
        case .task(_, .running):
            guard let task = event.task else { return }
            state.withLock { $0.startTask(task, of: event.runID, at: now) }
        case .task(.running, let outcome):
            guard let task = event.task else { return }
            if let started = state.withLock({ $0.endTask(task, of: event.runID) }) {
                timer("task.duration", [("flow", event.flow), ("task", task), ("outcome", outcome.rawValue)])
                    .recordNanoseconds(Self.nanoseconds(now - started))
            }
            if outcome == .failure { counter("task.failures", [("flow", event.flow), ("task", task)]).increment() }
        case .task(_, .reverted):
            guard let task = event.task else { return }
            counter("task.reverts", [("flow", event.flow), ("task", task)]).increment()
        case .task(_, .revertFailure):
            guard let task = event.task else { return }
            counter("task.revert_failures", [("flow", event.flow), ("task", task)]).increment()
        default:
            break
        }
    }

    // MARK: - Handles

    private func timer(_ name: String, _ dimensions: [(String, String)]) -> Timer {
        handle(name, dimensions, cache: \.timers) { Timer(label: $0, dimensions: $1, factory: factory) }
    }

    private func counter(_ name: String, _ dimensions: [(String, String)]) -> Counter {
        handle(name, dimensions, cache: \.counters) { Counter(label: $0, dimensions: $1, factory: factory) }
    }

    private func meter(_ name: String, _ dimensions: [(String, String)]) -> Meter {
        handle(name, dimensions, cache: \.meters) { Meter(label: $0, dimensions: $1, factory: factory) }
    }

    /// The handle of metric `name` with `dimensions`, made once and kept in `cache`.
    private func handle<Handle: Sendable>(
        _ name: String, _ dimensions: [(String, String)], cache: WritableKeyPath<MetricsState, [HandleKey: Handle]>,
        make: (String, [(String, String)]) -> Handle
    ) -> Handle {
        let key = HandleKey(label: "\(prefix).\(name)", dimensions)
        return state.withLock { state in
            if let handle = state[keyPath: cache][key] { return handle }
            let handle = make(key.label, dimensions)
            state[keyPath: cache][key] = handle
            return handle
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }
}

/// When each run in progress and each of its running tasks started, and the metric handles
/// made so far.
private struct MetricsState {
    var timers: [HandleKey: Timer] = [:]
    var counters: [HandleKey: Counter] = [:]
    var meters: [HandleKey: Meter] = [:]
    var runs: [RunID: ContinuousClock.Instant] = [:]
    var tasks: [RunID: [String: ContinuousClock.Instant]] = [:]

    /// Returns `false` when the run was already counted as started.
    mutating func startRun(_ run: RunID, at instant: ContinuousClock.Instant) -> Bool {
        guard runs[run] == nil else { return false }
        runs[run] = instant
        return true
    }

    mutating func endRun(_ run: RunID) -> ContinuousClock.Instant? {
        tasks[run] = nil
        return runs.removeValue(forKey: run)
    }

    mutating func startTask(_ task: String, of run: RunID, at instant: ContinuousClock.Instant) {
        tasks[run, default: [:]][task] = instant
    }

    mutating func endTask(_ task: String, of run: RunID) -> ContinuousClock.Instant? {
        tasks[run]?.removeValue(forKey: task)
    }
}

/// A metric's label and dimensions, as the key of its handle.
private struct HandleKey: Hashable {
    var label: String
    var dimensions: [String]

    init(label: String, _ dimensions: [(String, String)]) {
        self.label = label
        self.dimensions = dimensions.map { "\($0.0)=\($0.1)" }
    }
}
