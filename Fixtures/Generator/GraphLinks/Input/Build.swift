import TaskFlow

/// - Task: fetch
///   - provides: source
func fetch(context: Log, url: String) async throws -> String {
    context.record("fetch")
    return "src(\(url))"
}

/// - Task: compile
///   - provides: binary
///   - revert: deleteBinary
func compile(context: Log, source: String) async throws -> String {
    context.record("compile")
    return "bin(\(source))"
}

func deleteBinary(context: Log, result: String) {
    context.record("delete \(result)")
}

/// - Task: lint
///   - provides: warnings
func lint(context: Log, source: String) -> Int {
    context.record("lint")
    return source.count % 3
}

/// - Task: package
///   - provides: artifact
///   - revert: unpublish
func makePackage(context: Log, binary: String, warnings: Int, strict: Bool) throws -> String {
    context.record("package")
    if strict && warnings > 0 { throw InjectedFailure(task: "package") }
    return "pkg(\(binary))"
}

func unpublish(context: Log, failure: RevertCause) {
    context.record("unpublish")
}

/// Builds a release: compile and lint both need the source; linting waits for compiling only
/// because of the link.
///
/// - Flow: release_build
///   - pattern: graph
///   - tasks: package, lint, compile, fetch
///   - link: compile -> lint
enum ReleaseBuild {}
