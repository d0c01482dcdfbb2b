// The generator's whole path, stage by stage:
//
//     sources ─ readDeclarations ─▶ declarations ─ checkModule ─▶ checked module ─ emitSwift ─▶ file
//                                                                     └─ checkLock (with a taskflow.lock)
//
// Each stage is a plain function from one model to the next (Reading/, Checking/, Emitting/);
// this file only strings them together. Reading files from disk and writing the result are the
// command-line tool's job, so that every stage can be tested in memory.

/// What checking a target's sources found.
/// - Parameters:
///   - moduleName: The target's module name.
///   - sources: The target's Swift files, in any order (they are processed sorted by path, so
///     the order given never changes the result).
/// - Returns: The checked module, the scan report, and every diagnostic, sorted.
public func checkSources(moduleName: String, sources: [SourceFile]) -> CheckResult {
    let declarations = sources.sorted { $0.path < $1.path }.map(readDeclarations(in:))
    return checkModule(named: moduleName, files: declarations)
}

/// The result of generating a target's wiring.
public struct GenerationResult: Sendable {
    /// Every diagnostic, sorted for reporting.
    public var diagnostics: [Diagnostic]
    /// The generated file's text; `nil` when any diagnostic is an error (nothing must be
    /// written then, so that the build fails on the diagnostics rather than on stale code).
    public var file: String?
}

/// Checks a target's sources and, when a lock file is given and the sources have no error, its
/// durable flows against the lock (``checkLock(_:module:)``).
/// - Parameters:
///   - moduleName: The target's module name.
///   - sources: The target's Swift files, in any order.
///   - lock: The target's `taskflow.lock`, or `nil` to check nothing against one.
/// - Returns: The checked module and every diagnostic, sorted.
public func checkSources(moduleName: String, sources: [SourceFile], lock: LockFileText?) -> CheckResult {
    var checked = checkSources(moduleName: moduleName, sources: sources)
    if let lock, !checked.diagnostics.containsError {
        checked.diagnostics = (checked.diagnostics + checkLock(lock, module: checked.module)).sortedForReport()
    }
    return checked
}

/// Runs the whole generator over a target's sources: read, check (against the lock file, when
/// there is one), emit.
/// - Parameters:
///   - moduleName: The target's module name.
///   - sources: The target's Swift files, in any order.
///   - lock: The target's `taskflow.lock`, or `nil` to check nothing against one.
/// - Returns: The diagnostics and, when there is no error, the text of `<Target>.taskflow.swift`.
public func generateSwift(moduleName: String, sources: [SourceFile], lock: LockFileText? = nil) -> GenerationResult {
    let checked = checkSources(moduleName: moduleName, sources: sources, lock: lock)
    guard !checked.diagnostics.containsError else {
        return GenerationResult(diagnostics: checked.diagnostics, file: nil)
    }
    return GenerationResult(diagnostics: checked.diagnostics, file: emitSwift(checked.module))
}
