import InMemoryTracing
import Synchronization
import TaskFlow
import Tracing

/// Flows of these tests keep nothing in their state: the metadata alone orders them. Codable,
/// so that they also run durably.
struct Empty: Codable, Sendable {}

/// What a task throws, named after it.
struct TaskFailed: Error, CustomStringConvertible {
    var task: String
    var description: String { "\(task) failed" }
}

/// The context of the test flows: which tasks and reverts throw, what runs inside a task, and
/// what each task saw as `ServiceContext.current` (the in-memory span it ran in).
final class Probe: Sendable {
    let failing: Set<String>
    let failingReverts: Set<String>
    /// Run inside the named task's execute, after it is recorded.
    let inside: [String: @Sendable () async throws -> Void]
    private let seen = Mutex<[String: String]>([:])

    init(
        failing: Set<String> = [], failingReverts: Set<String> = [],
        inside: [String: @Sendable () async throws -> Void] = [:]
    ) {
        self.failing = failing
        self.failingReverts = failingReverts
        self.inside = inside
    }

    /// The span ID each task and revert saw as current, by `NAME` or `revert NAME`.
    var spansSeen: [String: String] { seen.withLock { $0 } }

    func execute(_ name: String) async throws {
        note(name)
        try await inside[name]?()
        if failing.contains(name) { throw TaskFailed(task: name) }
    }

    func revert(_ name: String) throws {
        note("revert \(name)")
        if failingReverts.contains(name) { throw TaskFailed(task: "revert of \(name)") }
    }

    private func note(_ name: String) {
        let span = ServiceContext.current?.inMemorySpanContext?.spanID ?? "none"
        seen.withLock { $0[name] = span }
    }
}

typealias Node = FlowNode<Empty, Probe>

/// A task that records itself in the probe and throws when the probe says so.
func task(_ name: String) -> Node {
    .task(FlowTask(
        TaskMetadata(name: name),
        execute: { _, probe in try await probe.execute(name) },
        revert: { _, probe, _ in try probe.revert(name) }
    ))
}

/// `provision`: validate → reserve → attach, one after another.
func provisionFlow() throws -> Flow<Empty, Probe> {
    try Flow(inputs: [], root: .linear("provision", [task("validate"), task("reserve"), task("attach")]))
}

/// `deploy`: build, then push and notify side by side in a nested flow, then verify.
func nestedFlow() throws -> Flow<Empty, Probe> {
    try Flow(inputs: [], root: .linear("deploy", [
        task("build"),
        .unordered("publish", [task("push"), task("notify")]),
        task("verify"),
    ]))
}
