import Foundation
@testable import TaskFlowGenerator

/// A module of two durable flows (one nesting a plain flow) and one plain flow, locked, and
/// helpers to check an edited copy of it against that lock.
enum LockFixture {
    static let source = """
        struct Reservation: Sendable, Codable { var id: Int }
        struct RequestContext: Sendable {}

        /// - Task: reserve
        ///   - provides: reservations
        ///   - revert: release
        func reserve(context: RequestContext, size: Int) async throws -> [Reservation] { [] }
        func release(result: [Reservation]) async {}

        /// - Task: commit
        ///   - requires: reservations as held
        ///   - provides: committed
        func commit(held: [Reservation]) -> Bool { true }

        /// - Task: notify
        func notify(tag: String) {}

        /// - Flow: quota
        ///   - tasks: reserve, commit, notify
        ///   - durable: true
        enum Quota {}

        /// - Task: audit
        func audit(size: Int) {}

        /// - Task: ping
        func ping(size: Int) {}

        /// - Task: record
        func record(size: Int) {}

        /// - Flow: probes
        ///   - pattern: graph
        ///   - tasks: audit, ping
        enum Probes {}

        /// - Flow: checks
        ///   - tasks: Probes, record
        ///   - durable: true
        enum Checks {}

        /// - Task: draft
        func draft(size: Int) {}

        /// - Flow: sketch
        ///   - tasks: draft
        enum Sketch {}
        """

    static let lockPath = "/pkg/taskflow.lock"

    /// The lock `taskflow-gen lock` writes for ``source``.
    static var lockText: String {
        let result = lockSources(moduleName: "App", sources: [file(source)], existing: nil)
        return result.text ?? ""
    }

    static func file(_ text: String) -> SourceFile {
        SourceFile(path: "Sources/App/Flows.swift", text: text)
    }

    /// ``source`` with `old` replaced by `new` (which must occur).
    static func edited(_ old: String, _ new: String) -> String {
        precondition(source.contains(old), "no '\(old)' in the fixture")
        return source.replacingOccurrences(of: old, with: new)
    }

    /// The diagnostics of checking `text` against `lock`, as `line:column: severity: message`.
    static func diagnostics(_ text: String, lock: String = lockText) -> [String] {
        checkSources(moduleName: "App", sources: [file(text)], lock: LockFileText(path: lockPath, text: lock))
            .diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    /// The line of the first line of `text` containing `marker`.
    static func line(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(marker) } ?? -1) + 1
    }

    /// The advice ending every error at major version 1.
    static let advice = "runs journaled by 1.x would resume with it. Bump the major version ('- version: 2.0'), "
        + "or run 'swift package taskflow lock' if no run of 1.x can still be in flight"
}
