/// Compares a target's durable flows and tasks with its entry in `taskflow.lock`.
///
/// - A locked task whose fingerprint changed while its major version did not: an error at its
///   `- Task:` item saying what changed.
/// - A durable flow whose structure changed while its major version did not: an error at its
///   `- Flow:` item naming the children added, removed or moved.
/// - Anything else that differs from the lock (a bumped major or a minor version, a new or
///   removed task or flow, parameters in another order): one warning for the target, at the
///   first such task or flow (at the lock file when only removals differ), naming
///   `swift package taskflow lock`.
///
/// A body-only edit changes no fingerprint, so it is never reported.
public struct LockComparison: Sendable {
    /// The lock file's path as given (diagnostics name it).
    public var lockPath: String
    /// The target's entry in the lock; `nil` when the lock has none.
    public var locked: TargetLock?
    /// The target as it is now.
    public var current: LockSnapshot

    /// Creates a comparison.
    public init(lockPath: String, locked: TargetLock?, current: LockSnapshot) {
        self.lockPath = lockPath
        self.locked = locked
        self.current = current
    }

    /// The file name the messages use (`taskflow.lock`).
    private var lockName: String {
        lockPath.split(separator: "/").last.map(String.init) ?? lockPath
    }

    /// The errors and the out-of-date warning, unsorted.
    public func diagnostics() -> [Diagnostic] {
        let locked = self.locked ?? TargetLock()
        var diagnostics: [Diagnostic] = []
        var outdated: [(location: SourceLocation?, what: String)] = []

        for name in current.entry.tasks.keys.sorted() {
            guard let now = current.entry.tasks[name] else { continue }
            let location = current.taskLocations[name]
            guard let before = locked.tasks[name] else {
                outdated.append((location, "task '\(name)' is new"))
                continue
            }
            if now == before { continue }
            if now.version.major != before.version.major {
                outdated.append((location, "task '\(name)' is version \(now.version), locked at \(before.version)"))
                continue
            }
            let changes = now.fingerprint.changes(since: before.fingerprint)
            if changes.isEmpty {
                outdated.append((location, now.version != before.version
                    ? "task '\(name)' is version \(now.version), locked at \(before.version)"
                    : "task '\(name)' differs from its entry"))
            } else if let location {
                diagnostics.append(.error(
                    "task '\(name)' changed since \(lockName) but its major version is still \(now.version.major): "
                        + changes.joined(separator: "; ") + "; "
                        + advice(version: now.version),
                    at: location))
            }
        }
        for name in locked.tasks.keys.sorted() where current.entry.tasks[name] == nil {
            outdated.append((nil, "task '\(name)' is no longer in a durable flow"))
        }

        for name in current.entry.flows.keys.sorted() {
            guard let now = current.entry.flows[name] else { continue }
            let location = current.flowLocations[name]
            guard let before = locked.flows[name] else {
                outdated.append((location, "flow '\(name)' is new"))
                continue
            }
            if now == before { continue }
            if now.version.major != before.version.major {
                outdated.append((location, "flow '\(name)' is version \(now.version), locked at \(before.version)"))
                continue
            }
            let changes = now.structureChanges(since: before)
            if changes.isEmpty {
                outdated.append((location, now.version != before.version
                    ? "flow '\(name)' is version \(now.version), locked at \(before.version)"
                    : "flow '\(name)' differs from its entry"))
            } else if let location {
                diagnostics.append(.error(
                    "durable flow '\(name)' changed since \(lockName) but its major version is still \(now.version.major): "
                        + changes.joined(separator: "; ") + "; "
                        + advice(version: now.version),
                    at: location))
            }
        }
        for name in locked.flows.keys.sorted() where current.entry.flows[name] == nil {
            outdated.append((nil, "flow '\(name)' is no longer durable or declared"))
        }

        if !outdated.isEmpty {
            let location = outdated.compactMap(\.location).min()
                ?? SourceLocation(file: lockPath, line: 1, column: 1)
            diagnostics.append(.warning(
                "\(lockName) is out of date: " + outdated.map(\.what).joined(separator: "; ")
                    + "; run 'swift package taskflow lock' to update it",
                at: location))
        }
        return diagnostics
    }

    /// What to do about an incompatible change at `version`.
    private func advice(version: Version) -> String {
        "runs journaled by \(version.major).x would resume with it. "
            + "Bump the major version ('- version: \(version.major + 1).0'), "
            + "or run 'swift package taskflow lock' if no run of \(version.major).x can still be in flight"
    }
}
