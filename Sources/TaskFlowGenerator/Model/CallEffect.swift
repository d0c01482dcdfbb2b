/// How generated code writes a call to a task's or revert's function (besides `try`).
public enum CallEffect: Sendable, Hashable {
    /// `f(…)`: synchronous, and certainly runs where it is called.
    case plain
    /// `await f(…)`: `async`, or isolated to another actor.
    case awaited
    /// `await maybeIsolated(f(…))`: synchronous, and the module may isolate it after all (see
    /// ``CallIsolation/unknown``).
    case awaitedIfIsolated

    /// The effect of calling a function that is `async` or not, with `isolation`.
    public init(isAsync: Bool, isolation: CallIsolation) {
        switch (isAsync, isolation) {
        case (true, _), (false, .isolated): self = .awaited
        case (false, .nonisolated): self = .plain
        case (false, .unknown): self = .awaitedIfIsolated
        }
    }
}
