/// A task's execute adapter on its own, as the engine calls it.
///
/// A `Flow` keeps these in an array by task index so the per-task path copies one closure, not a
/// whole ``FlowTask``. The closure is wrapped in a struct generic over the same parameters as
/// `FlowTask` so it keeps `FlowTask`'s representation: an array of bare closures would store each
/// one fully abstracted, behind one more reabstraction thunk — an extra async frame per task.
@usableFromInline
struct ExecuteAdapter<State: Sendable, Context: Sendable>: Sendable {
    /// Runs the task.
    @usableFromInline
    let execute: FlowTask<State, Context>.Execute

    /// The adapter of `task`.
    @usableFromInline
    init(_ task: FlowTask<State, Context>) {
        self.execute = task.execute
    }
}
