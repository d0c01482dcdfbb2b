import Foundation
import Synchronization
import TaskFlow

/// The state of the journal tests' flows: what each task stored, by name.
struct Tally: Sendable, Codable, Hashable {
    var values: [String: Int] = [:]

    /// What `a → b → c → d` ends with.
    static let complete = Tally(values: ["a": 1, "b": 2, "c": 3, "d": 4])
}

/// The context of the journal tests' flows: logs executions and reverts, and calls a hook when a
/// task executes (to take a lease away, kill a connection or lock a row mid-run).
final class JournalProbe: Sendable {
    let onExecute: @Sendable (String) async throws -> Void
    private let log = Mutex<[String]>([])

    init(onExecute: @escaping @Sendable (String) async throws -> Void = { _ in }) {
        self.onExecute = onExecute
    }

    var executed: [String] { log.withLock { $0 }.compactMap { $0.hasPrefix("+") ? String($0.dropFirst()) : nil } }
    var reverted: [String] { log.withLock { $0 }.compactMap { $0.hasPrefix("-") ? String($0.dropFirst()) : nil } }

    func execute(_ name: String) async throws {
        log.withLock { $0.append("+" + name) }
        try await onExecute(name)
    }

    func revert(_ name: String) {
        log.withLock { $0.append("-" + name) }
    }

    /// `a → b → c → d`; each task stores its position.
    static func linearFlow() throws -> Flow<Tally, JournalProbe> {
        try Flow(inputs: [], root: .linear("tally", ["a", "b", "c", "d"].enumerated().map { index, name in
            .task(FlowTask(
                TaskMetadata(name: name, provides: [name]),
                execute: { store, probe in
                    try await probe.execute(name)
                    store.write { $0.values[name] = index + 1 }
                },
                revert: { _, probe, _ in probe.revert(name) }))
        }))
    }
}

/// How many times each task's success is recorded, by task index.
func successCounts(_ records: [JournalRecord]) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for case .task(let task, .success, _) in records { counts[task, default: 0] += 1 }
    return counts
}
