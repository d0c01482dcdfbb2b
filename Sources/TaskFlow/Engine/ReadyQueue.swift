/// The tasks of a run that are ready to start, first in first out.
///
/// A task becomes ready at most once per run, so the queue is one array the size of the flow,
/// filled from the front: it never grows, wraps or shifts, and a push or a pop is one store or
/// load.
@usableFromInline
struct ReadyQueue: Sendable {
    @usableFromInline var slots: [Int]
    /// The next task to start is `slots[head]`.
    @usableFromInline var head = 0
    /// The next ready task goes to `slots[tail]`.
    @usableFromInline var tail = 0

    /// A queue for a flow of `taskCount` tasks, holding `initial` (tasks ready at the start).
    @usableFromInline
    init(taskCount: Int, initial: [Int]) {
        slots = [Int](repeating: 0, count: taskCount)
        for task in initial { push(task) }
    }

    /// How many tasks are waiting to start.
    @inlinable
    var count: Int { tail - head }

    /// Whether every task of the flow has been queued once: no task can become ready any more.
    @inlinable
    var hasHeldEveryTask: Bool { tail == slots.count }

    /// The task ``pop()`` would take. The queue must not be empty.
    @inlinable
    var next: Int { slots[head] }

    /// Adds a task that just became ready.
    @inlinable
    mutating func push(_ task: Int) {
        slots[tail] = task
        tail += 1
    }

    /// Takes the task that became ready first. The queue must not be empty.
    @inlinable
    mutating func pop() -> Int {
        let task = slots[head]
        head += 1
        return task
    }
}
