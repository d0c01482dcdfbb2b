/// Returns `value` — the result of a synchronous call — from an `await`, so the call compiles
/// whether or not it is isolated to an actor.
///
/// Generated adapters call a synchronous task or revert function through it when nothing written
/// on the function says where it runs:
///
/// ```swift
/// let result = try await maybeIsolated(validateSize(rawSize: rawSize))
/// ```
///
/// The generator reads declarations, not the compiler's settings. If the module isolates the
/// function after all — its default isolation is `MainActor` (`defaultIsolation(MainActor.self)`
/// in the package manifest), or the function inherits isolation from a superclass or protocol, or
/// carries a global actor of another module — evaluating the argument hops to that actor, and this
/// `await` covers the hop; without it the call would not compile. If the function is
/// nonisolated, the call is an ordinary one: this function is inlined and adds no suspension and
/// no executor hop (`Benchmarks/executor-hops.sh` counts none; `taskflow-bench runtime
/// maybe_isolated` and `plain_call` time the same), and, unlike a bare `await` before a
/// synchronous nonisolated call, it draws no warning.
///
/// Its result is discardable, like that of a function declared `@discardableResult`: generated
/// code binds or explicitly discards every other result.
/// - Parameter value: The result of the call.
/// - Returns: `value`.
@inlinable
@discardableResult
public nonisolated(nonsending) func maybeIsolated<Value>(_ value: Value) async -> Value {
    value
}
