#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where threads that find a ``LockedValue`` taken sleep until it is released: a mutex and a
/// condition variable, touched only when the lock is contended.
@usableFromInline
final class Parking: @unchecked Sendable {
    // Why `@unchecked Sendable` is sound: the class holds only the pthread objects, which exist
    // to be used from several threads; they are allocated and initialized once in `init`, never
    // move (heap memory of their own, as POSIX requires of objects in use), and are destroyed in
    // `deinit`, when no thread can hold a reference.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    @usableFromInline
    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        let results = (pthread_mutex_init(mutex, nil), pthread_cond_init(condition, nil))
        precondition(results == (0, 0), "pthread_mutex_init or pthread_cond_init failed: \(results)")
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deinitialize(count: 1)
        condition.deallocate()
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Sleeps while `isBlocked` returns `true`, checked with the parking mutex held: a
    /// ``wakeOne()`` after the check cannot be missed, since it needs that mutex, which the
    /// sleeper gives up only as it starts waiting.
    @usableFromInline
    func sleep(while isBlocked: () -> Bool) {
        pthread_mutex_lock(mutex)
        while isBlocked() { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Wakes one sleeping thread, if any.
    @usableFromInline
    func wakeOne() {
        pthread_mutex_lock(mutex)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }
}
