import TaskFlow

// Flows and tasks inside `#if`: each flow's generated code is wrapped in its own conditions,
// so a flow whose branch is not compiled costs nothing and needs nothing.

#if DEBUG
/// Records what a run saw; only debug builds have it.
///
/// - Task: trace
///   - provides: traced
///   - revert: untrace
func trace(context: Log, value: Int) -> String {
    context.record("trace \(value)")
    return "traced \(value)"
}

func untrace(context: Log, result: String) {
    context.record("untrace \(result)")
}

/// Traces a value, then checks it.
///
/// - Flow: debug_trace
///   - tasks: trace, check
enum DebugTrace {}
#elseif TASKFLOW_NEVER_DEFINED
/// Names a type that exists nowhere: if the generated code for `impossible` were compiled,
/// the build would fail.
///
/// - Task: impossible
///   - provides: traced
func impossible(value: NoSuchType) -> String { "" }

/// - Flow: impossible_trace
///   - tasks: impossible
enum ImpossibleTrace {}
#else
/// What other builds do instead.
///
/// - Task: count_quietly
///   - provides: traced
func countQuietly(context: Log, value: Int) -> String {
    context.record("count \(value)")
    return "counted \(value)"
}

/// - Flow: release_trace
///   - tasks: count_quietly
enum ReleaseTrace {}
#endif

enum Probe {
    #if DEBUG
    /// Fails on a negative value, after `trace`, which is then reverted.
    ///
    /// - Task: check
    ///   - provides: checked
    static func check(context: Log, value: Int) throws -> Bool {
        context.record("check \(value)")
        if value < 0 { throw InjectedFailure(task: "check") }
        return true
    }
    #endif
}

/// Compiled everywhere: its task is too.
///
/// - Task: double
///   - provides: doubled
func double(value: Int) -> Int { value * 2 }

/// - Flow: always
///   - tasks: double
enum Always {}
