import TaskFlow

/// - Task: split_name
///   - provides: last, first
func splitName(context: Log, full_name: String) -> (first: String, last: String) {
    context.record("split")
    let parts = full_name.split(separator: " ").map(String.init)
    return (parts.first ?? "", parts.last ?? "")
}

/// - Task: measure
///   - provides: shortest, longest
func measure(first: String, last: String) -> (Int, Int) {
    (min(first.count, last.count), max(first.count, last.count))
}

/// - Task: pair
///   - provides: lengths
///   - revert: unpair
func pair(context: Log, shortest: Int, longest: Int) throws -> (Int, Int) {
    context.record("pair")
    if longest > 20 { throw InjectedFailure(task: "pair") }
    return (shortest, longest)
}

func unpair(context: Log, result: (Int, Int)?) {
    context.record("unpair \(result.map { "\($0.0)-\($0.1)" } ?? "nothing")")
}

/// - Flow: name_stats
///   - tasks: split_name, measure, pair
enum NameStats {}
