import TaskFlow

/// - Task: default
///   - requires: class
///   - provides: in
///   - revert: undo
func `default`(context: Log, class: Int) -> Int {
    context.record("default \(`class`)")
    return `class` + 1
}

func undo(context: Log, class: Int, result: Int) {
    context.record("undo \(`class`) \(result)")
}

/// - Task: repeat
///   - provides: self_, let
func `repeat`(context: Log, `in` value: Int, `for` times: Int = 2) throws -> (Int, [Int]) {
    context.record("repeat \(value)")
    if value > 50 { throw InjectedFailure(task: "repeat") }
    return (value * times, Array(repeating: value, count: times))
}

/// - Task: state
///   - provides: State
func state(context: Log, self_: Int) -> Int {
    context.record("state")
    return self_
}

/// A flow whose symbols are Swift keywords.
///
/// - Flow: keywords
///   - tasks: default, repeat, state
enum Keywords {}
