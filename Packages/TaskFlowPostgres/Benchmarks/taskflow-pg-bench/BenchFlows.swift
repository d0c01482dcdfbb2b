import Synchronization
import TaskFlow

/// The benchmarks' state: one value per task.
struct BenchState: Codable, Sendable {
    var values: [Int] = []
}

/// A durable linear flow of `count` trivial tasks named `name`.
func linearFlow(_ name: String, count: Int, finished: Finished? = nil) throws -> Flow<BenchState, Void> {
    try Flow(inputs: [], root: .linear(name, (0..<count).map { index in
        .task(FlowTask(
            TaskMetadata(name: "t\(index)", requires: index == 0 ? [] : ["s\(index - 1)"], provides: ["s\(index)"]),
            execute: { store, _ in
                store.write { $0.values.append(index) }
                if index == count - 1 { finished?.note() }
            }))
    }))
}

/// An unordered durable flow of `count` tasks that each sleep a little, so that they overlap.
func unorderedFlow(count: Int) throws -> Flow<BenchState, Void> {
    try Flow(inputs: [], root: .unordered("unordered", (0..<count).map { index in
        .task(FlowTask(
            TaskMetadata(name: "t\(index)", provides: ["s\(index)"]),
            execute: { _, _ in try await Task.sleep(for: .milliseconds(2)) }))
    }))
}

/// Counts finished runs, so that a benchmark knows when a board's runs are all done.
final class Finished: Sendable {
    private let count = Atomic<Int>(0)

    func note() { count.add(1, ordering: .relaxed) }

    var value: Int { count.load(ordering: .relaxed) }
}
