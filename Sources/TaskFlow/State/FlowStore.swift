/// The typed state of one flow run, shared by the tasks that read and write it.
///
/// `State` is a struct with one stored property per symbol of the flow (generated code emits
/// it). A task adapter reads its arguments with ``read(_:)``, awaits the task's function
/// without holding the lock, then stores its result with ``write(_:)``. Concurrent tasks of
/// unordered and graph flows therefore never observe a half-written state, and the per-task
/// path costs two uncontended lock round-trips — no dictionary, no cast.
public final class FlowStore<State: Sendable>: Sendable {
    @usableFromInline
    let storage: LockedValue<State>

    /// Creates a store holding `state`.
    public init(_ state: State) {
        self.storage = LockedValue(state)
    }

    /// Reads from the state under the store's lock.
    ///
    /// Keep `body` short: it runs with the lock held. Never `await` a task inside it.
    /// - Parameter body: Reads what it needs from the state.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws, typically ``MissingSymbolError``.
    @inlinable
    public func read<Value: Sendable, Failure: Error>(
        _ body: (borrowing State) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        try storage.withLock { (state: inout State) throws(Failure) -> Value in
            try body(state)
        }
    }

    /// Changes the state under the store's lock.
    /// - Parameter body: Writes a task's results into the state.
    @inlinable
    public func write(_ body: (inout State) -> Void) {
        storage.withLock { (state: inout State) in
            body(&state)
        }
    }

    /// A copy of the whole state.
    public var snapshot: State {
        storage.withLock { $0 }
    }
}
