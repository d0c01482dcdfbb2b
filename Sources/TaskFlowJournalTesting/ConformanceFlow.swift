import Synchronization
import TaskFlow

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The state of the checks' flows: the value each task stored, by task name.
struct ConformanceState: Sendable, Codable, Hashable {
    var values: [String: Int] = [:]
}

/// The context of the checks' flows: logs executions and reverts, fails the tasks it is told to,
/// and calls a hook when a task executes.
final class ConformanceProbe: Sendable {
    struct Failed: Error, CustomStringConvertible {
        var task: String
        var description: String { "\(task) failed" }
    }

    let failing: Set<String>
    let onExecute: @Sendable (String) async -> Void
    private let log = Mutex<[String]>([])

    init(failing: Set<String> = [], onExecute: @escaping @Sendable (String) async -> Void = { _ in }) {
        self.failing = failing
        self.onExecute = onExecute
    }

    var executed: [String] { log.withLock { $0 }.compactMap { $0.hasPrefix("+") ? String($0.dropFirst()) : nil } }
    var reverted: [String] { log.withLock { $0 }.compactMap { $0.hasPrefix("-") ? String($0.dropFirst()) : nil } }

    func execute(_ name: String) async throws -> Int {
        log.withLock { $0.append("+" + name) }
        await onExecute(name)
        if failing.contains(name) { throw Failed(task: name) }
        return name.utf8.reduce(0) { $0 &+ Int($1) }
    }

    func revert(_ name: String) {
        log.withLock { $0.append("-" + name) }
    }
}

enum ConformanceFlow {
    typealias Node = FlowNode<ConformanceState, ConformanceProbe>

    static func task(_ name: String) -> Node {
        .task(FlowTask(
            TaskMetadata(name: name, provides: [name]),
            execute: { store, probe in
                let value = try await probe.execute(name)
                store.write { $0.values[name] = value }
            },
            revert: { _, probe, _ in probe.revert(name) }))
    }

    /// `a → b → c → d`.
    static func linear() throws -> Flow<ConformanceState, ConformanceProbe> {
        try Flow(inputs: [], root: .linear("conformance-linear", ["a", "b", "c", "d"].map(task)))
    }

    /// `count` tasks that may all run at once.
    static func unordered(count: Int) throws -> Flow<ConformanceState, ConformanceProbe> {
        try Flow(inputs: [], root: .unordered("conformance-unordered", (0..<count).map { task("t\($0)") }))
    }

    /// What each task of `names` stores.
    static func expected(_ names: [String]) -> ConformanceState {
        ConformanceState(values: Dictionary(uniqueKeysWithValues: names.map { ($0, $0.utf8.reduce(0) { $0 &+ Int($1) }) }))
    }
}

/// Now, in whole seconds: a start that every journal stores exactly (a `FileJournal` keeps
/// seconds since 1970, which do not always convert back to the very same `Date`).
func wholeSecondsNow() -> Date {
    Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
}

/// A header for a run the checks write by hand.
func conformanceHeader(_ runID: RunID, flow: String = "conformance", started: Date = wholeSecondsNow()) -> RunHeader {
    RunHeader(
        runID: runID, flow: flow,
        tasks: [JournaledTask(name: "a", version: .initial), JournaledTask(name: "b", version: TaskVersion(major: 2, minor: 3))],
        started: started, initialState: Data(#"{"values":{}}"#.utf8),
        links: [], annotations: ["origin": "conformance"])
}
