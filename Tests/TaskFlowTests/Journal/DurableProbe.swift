import TaskFlow

/// The state of durable probe flows: what each task stored, by task name. Codable, as durable
/// runs need.
struct Tally: Sendable, Codable, Hashable {
    var values: [String: Int] = [:]
}

/// The context of durable probe flows: records every execution and revert with the
/// idempotency key it saw, fails or suspends on demand.
final class DurableProbe: Sendable {
    let failing: Set<String>
    /// Called when the named task executes (to suspend the run from inside it).
    let onExecute: @Sendable (String) async -> Void
    private let log = Locked<[String]>([])

    init(failing: Set<String> = [], onExecute: @escaping @Sendable (String) async -> Void = { _ in }) {
        self.failing = failing
        self.onExecute = onExecute
    }

    /// `execute NAME KEY` and `revert NAME KEY` lines, in order.
    var entries: [String] { log.withLock { $0 } }
    var executed: [String] { entries.compactMap { $0.dropping(prefix: "execute ")?.split(separator: " ").first.map(String.init) } }
    var reverted: [String] { entries.compactMap { $0.dropping(prefix: "revert ")?.split(separator: " ").first.map(String.init) } }

    func execute(_ name: String) async throws -> Int {
        log.withLock { $0.append("execute \(name) \(FlowExecution.current?.idempotencyKey ?? "none")") }
        await onExecute(name)
        if failing.contains(name) { throw ProbeError(task: name) }
        return name.unicodeScalars.first!.value.hashValue % 100
    }

    func revert(_ name: String) {
        log.withLock { $0.append("revert \(name) \(FlowExecution.current?.idempotencyKey ?? "none")") }
    }
}

/// A task storing a value under its own name, reverting by logging.
func durableTask(_ name: String, version: TaskVersion = .initial, requires: [String] = []) -> FlowNode<Tally, DurableProbe> {
    .task(FlowTask(
        TaskMetadata(name: name, version: version, requires: requires, provides: [name]),
        execute: { store, probe in
            let value = try await probe.execute(name)
            store.write { $0.values[name] = value }
        },
        revert: { _, probe, _ in probe.revert(name) }
    ))
}

/// `a → b → c → d`, each a durable task; `versions` overrides task versions.
func durableLinearFlow(versions: [String: TaskVersion] = [:]) throws -> Flow<Tally, DurableProbe> {
    try Flow(inputs: [], root: .linear("tally", ["a", "b", "c", "d"].map {
        durableTask($0, version: versions[$0] ?? .initial)
    }))
}

/// A journal holding the first `count` records of `records`: the journal a crash after the
/// `count`-th record leaves behind.
func journal(withFirst count: Int, of records: [JournalRecord], runID: RunID) async throws -> InMemoryJournal {
    let journal = InMemoryJournal()
    try await journal.append(Array(records.prefix(count)), to: runID, sync: true)
    return journal
}
