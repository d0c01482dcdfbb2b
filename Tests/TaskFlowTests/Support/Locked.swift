import Foundation

/// A value behind an `NSLock`, for test bookkeeping shared by concurrent tasks.
///
/// Not `Synchronization.Mutex`: under `swift test --sanitize=thread` on Linux (Swift 6.3.1),
/// ThreadSanitizer reports races between two `Mutex.withLock` bodies in async test code, which
/// a pthread-based lock (whose calls TSan intercepts) does not trigger.
final class Locked<Value>: @unchecked Sendable {
    // @unchecked: `value` is only touched inside `withLock`, which holds `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
