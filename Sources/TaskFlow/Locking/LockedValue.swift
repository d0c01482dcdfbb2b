import Synchronization

/// A value that tasks share, behind a lock.
///
/// Not `Synchronization.Mutex`: on Linux, `Mutex` is a priority-inheriting futex that the kernel
/// hands from one thread to the next when it is contended, and ThreadSanitizer, which cannot see
/// that hand-over, reports the two `withLock` bodies as a data race — while the runtime's tests
/// run under `swift test --sanitize=thread`. (A `pthread_mutex_t` is understood by
/// ThreadSanitizer but costs two calls into the C library per use: 30 ns a task more in
/// `taskflow-bench runtime linear.*`.)
///
/// So this is the classic three-state lock on an atomic word — 0 free, 1 taken, 2 taken and
/// maybe waited for — whose hand-over ThreadSanitizer sees because it happens in atomics of this
/// module. Taking a free lock is one compare-and-swap, releasing it one exchange, both inlined.
/// A thread that finds it taken marks it 2 and sleeps in ``Parking`` until the holder, seeing
/// the 2 as it releases, wakes one sleeper. Nothing spins.
@usableFromInline
final class LockedValue<Value>: @unchecked Sendable {
    // Why `@unchecked Sendable` is sound: `value` is read and written only in `withLock`, between
    // `lock()` and `unlock()`. `lock()` returns only to the one thread that moved `word` from 0
    // (acquiring), and `unlock()` moves it back to 0 (releasing), so no two threads touch `value`
    // at once and each sees what the previous holder wrote. The values that cross threads
    // through it are `Sendable` (see `init`).
    @usableFromInline let word = Atomic<UInt32>(0)
    /// Unchecked: the lock, not the runtime's exclusivity checks, keeps accesses apart — a check
    /// on every `withLock` cost 7% of a concurrent run.
    @exclusivity(unchecked) @usableFromInline var value: Value
    @usableFromInline let parking = Parking()

    /// A lock around `value`.
    @usableFromInline
    init(_ value: Value) where Value: Sendable {
        self.value = value
    }

    /// Runs `body` with the lock held and the value lent to it.
    ///
    /// Keep `body` short and never suspend in it (it is synchronous): other threads wait.
    /// - Parameter body: Reads or changes the value.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws; the lock is released either way.
    @inlinable
    func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock()
        defer { unlock() }
        return try body(&value)
    }

    @inlinable
    func lock() {
        if word.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged { return }
        lockContended()
    }

    /// Marks the lock waited for and sleeps until it can be taken. Taken this way, it stays
    /// marked 2, so its release wakes a sleeper — perhaps none; that costs a signal, not a loss.
    @usableFromInline
    func lockContended() {
        while word.exchange(2, ordering: .acquiring) != 0 {
            parking.sleep { word.load(ordering: .relaxed) == 2 }
        }
    }

    @inlinable
    func unlock() {
        if word.exchange(0, ordering: .releasing) == 2 { parking.wakeOne() }
    }
}
