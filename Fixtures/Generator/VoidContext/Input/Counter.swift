import TaskFlow

/// Counts how many times things happened; the flow's tasks take no context.
final class Counter: Sendable {
    let log: Log

    init(log: Log) { self.log = log }

    /// - Task: increment
    ///   - provides: count
    ///   - revert: decrement
    func increment(start: Int) -> Int {
        log.record("increment \(start)")
        return start + 1
    }

    func decrement(result: Int) {
        log.record("decrement \(result)")
    }
}

/// - Task: double
///   - provides: doubled
func double(count: Int) throws -> Int {
    if count > 100 { throw InjectedFailure(task: "double") }
    return count * 2
}

/// - Task: tick
func tick() async {}

/// - Flow: counting
///   - tasks: tick, increment, double
enum Counting {}
