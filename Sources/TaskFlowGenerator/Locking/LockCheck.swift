/// The text of a `taskflow.lock` and the path it was read from.
public struct LockFileText: Sendable, Hashable {
    /// The path as given: diagnostics about the file name it.
    public var path: String
    /// The file's text.
    public var text: String

    /// Creates a lock file's text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Checks a checked module against its entry in a lock file (see ``LockComparison``).
/// - Parameters:
///   - lock: The lock file.
///   - module: The checked module; its name selects the entry.
/// - Returns: An error at the file when it cannot be read; else the comparison's errors and
///   warning, unsorted.
public func checkLock(_ lock: LockFileText, module: CheckedModule) -> [Diagnostic] {
    let file: LockFile
    do {
        file = try LockFile(json: lock.text)
    } catch {
        return [error.diagnostic(path: lock.path)]
    }
    return LockComparison(
        lockPath: lock.path, locked: file.targets[module.moduleName], current: LockSnapshot(module: module)
    ).diagnostics()
}

/// What `taskflow-gen lock` produces for one target.
public struct LockingResult: Sendable {
    /// Every diagnostic of checking the target, sorted.
    public var diagnostics: [Diagnostic]
    /// The new text of the lock file; `nil` when there is an error (in the sources or in the
    /// existing lock file), so that nothing is written then.
    public var text: String?
}

/// Writes or updates a target's entry in a lock file: the fingerprints of its durable flows
/// and their tasks as they are now. Other targets' entries are kept; a target without durable
/// flows has its entry removed.
/// - Parameters:
///   - moduleName: The target's module name, the entry's key.
///   - sources: The target's Swift files, in any order.
///   - existing: The lock file as it is, or `nil` when there is none yet.
/// - Returns: The diagnostics and, when there is no error, the lock file's new text.
public func lockSources(moduleName: String, sources: [SourceFile], existing: LockFileText?) -> LockingResult {
    let checked = checkSources(moduleName: moduleName, sources: sources)
    guard !checked.diagnostics.containsError else { return LockingResult(diagnostics: checked.diagnostics, text: nil) }
    var lock = LockFile()
    if let existing {
        do {
            lock = try LockFile(json: existing.text)
        } catch {
            return LockingResult(
                diagnostics: (checked.diagnostics + [error.diagnostic(path: existing.path)]).sortedForReport(), text: nil)
        }
    }
    let entry = LockSnapshot(module: checked.module).entry
    lock.targets[moduleName] = entry.isEmpty ? nil : entry
    return LockingResult(diagnostics: checked.diagnostics, text: lock.json())
}
