import Synchronization

/// Consumes a stream of wake-ups in the background, so that a test can wait for the next one
/// with a deadline.
final class WakeUpCounter: Sendable {
    private let counts = Mutex((received: 0, taken: 0))
    private let consumer = Mutex<Task<Void, Never>?>(nil)

    init(_ wakeUps: AsyncStream<Void>) {
        let task = Task { [self] in
            for await _ in wakeUps {
                counts.withLock { $0.received += 1 }
            }
        }
        consumer.withLock { $0 = task }
    }

    /// Waits at most `timeout` for a wake-up not taken yet, and takes it: whether one came.
    func next(within timeout: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let took = counts.withLock { counts in
                guard counts.received > counts.taken else { return false }
                counts.taken += 1
                return true
            }
            if took { return true }
            if clock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Stops consuming, which ends the wake-ups' listening and polling.
    func stop() {
        consumer.withLock { $0?.cancel() }
    }
}
