import TaskFlow

/// The context of probe flows: records what ran and reverted, fails on demand, and measures
/// how many tasks run at once.
final class Probe: Sendable {
    /// Tasks whose execute throws.
    let failing: Set<String>
    /// Tasks whose revert throws.
    let failingReverts: Set<String>
    /// How long each execute sleeps; zero for none.
    let pause: Duration
    /// Tasks that, once started, wait until all of them have started (for ten seconds at most),
    /// so that a test of what runs at once does not depend on how fast a busy machine starts
    /// tasks: an engine that runs them all at once passes at once; one that does not keeps
    /// them waiting out the ten seconds, apart.
    let rendezvous: Set<String>

    private struct Record {
        var entries: [String] = []
        var running = 0
        var mostRunning = 0
        /// Tasks of the rendezvous that have started.
        var arrived = 0
    }
    private let record = Locked(Record())

    init(failing: Set<String> = [], failingReverts: Set<String> = [], pause: Duration = .zero, rendezvous: Set<String> = []) {
        self.failing = failing
        self.failingReverts = failingReverts
        self.pause = pause
        self.rendezvous = rendezvous
    }

    /// Everything recorded, in order: `execute NAME`, `revert NAME`.
    var entries: [String] { record.withLock { $0.entries } }
    /// The tasks that executed, in the order they started.
    var executed: [String] { entries.compactMap { $0.dropping(prefix: "execute ") } }
    /// The tasks whose revert was called, in order.
    var reverted: [String] { entries.compactMap { $0.dropping(prefix: "revert ") } }
    /// The most tasks that were executing at the same time.
    var mostRunning: Int { record.withLock { $0.mostRunning } }

    func execute(_ name: String) async throws {
        record.withLock {
            $0.entries.append("execute \(name)")
            $0.running += 1
            $0.mostRunning = max($0.mostRunning, $0.running)
            if rendezvous.contains(name) { $0.arrived += 1 }
        }
        defer { record.withLock { $0.running -= 1 } }
        if rendezvous.contains(name) { await waitForTheRendezvous() }
        if pause > .zero { try await Task.sleep(for: pause) }
        if failing.contains(name) { throw ProbeError(task: name) }
    }

    private func waitForTheRendezvous() async {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while record.withLock({ $0.arrived < rendezvous.count }), clock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }

    func revert(_ name: String) throws {
        record.withLock { $0.entries.append("revert \(name)") }
        if failingReverts.contains(name) { throw ProbeError(task: name, inRevert: true) }
    }
}

/// What a probe task throws.
struct ProbeError: Error, Hashable, CustomStringConvertible {
    var task: String
    var inRevert = false
    var description: String { inRevert ? "revert of \(task) failed" : "\(task) failed" }
}

/// Probe flows need no symbols in their state: the metadata alone orders them.
struct ProbeState: Sendable {}

typealias ProbeNode = FlowNode<ProbeState, Probe>

/// A task that records itself in the probe, and fails when the probe says so.
func node(
    _ name: String, requires: [String] = [], optional: [String] = [], provides: [String] = [],
    revertNeedsResult: Bool = false
) -> ProbeNode {
    .task(FlowTask(
        TaskMetadata(name: name, requires: requires, optional: optional, provides: provides),
        execute: { _, probe in try await probe.execute(name) },
        revert: { _, probe, _ in try probe.revert(name) },
        revertNeedsResult: revertNeedsResult
    ))
}

extension String {
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
