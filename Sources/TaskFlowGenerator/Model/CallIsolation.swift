/// Where a task's or revert's function runs relative to the generated adapter that calls it, as
/// far as the declarations the generator reads can tell — which decides how the call is written.
public enum CallIsolation: Sendable, Hashable {
    /// Certainly runs where it is called: the function is `nonisolated`, or a static method of
    /// an `actor`, or a member of a `nonisolated` type. A synchronous call is written plainly.
    case nonisolated
    /// Isolated to an actor other than the adapter's: an instance method of an `actor`, or a
    /// function carrying (or declared in a type or extension carrying) `@MainActor` or a global
    /// actor of the module. The call is awaited even when the function is not `async`.
    case isolated
    /// Nothing written says. The module may still isolate the function — its default isolation
    /// may be `MainActor` (`defaultIsolation(MainActor.self)`), or it may inherit isolation from
    /// a superclass or protocol, or carry a global actor of another module — so a synchronous
    /// call is written `await maybeIsolated(f(…))`, which compiles either way without a warning.
    case unknown
}
