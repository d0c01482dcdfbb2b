import Synchronization

/// The flag ``Engine/suspend(_:)`` raises for one durable run, read by its scheduler.
final class RunSignal: Sendable {
    private let suspendRequested = Atomic<Bool>(false)

    /// Whether the run was asked to suspend.
    var isSuspendRequested: Bool { suspendRequested.load(ordering: .acquiring) }

    /// Asks the run to suspend.
    func requestSuspend() { suspendRequested.store(true, ordering: .releasing) }
}

/// The durable runs an engine (and its copies) is running, by run.
final class ActiveRuns: Sendable {
    private let signals = LockedValue<[RunID: RunSignal]>([:])

    /// Registers a run for the time it runs.
    func register(_ runID: RunID) -> RunSignal {
        let signal = RunSignal()
        signals.withLock { $0[runID] = signal }
        return signal
    }

    /// Forgets a run that ended.
    func unregister(_ runID: RunID) {
        _ = signals.withLock { $0.removeValue(forKey: runID) }
    }

    /// Whether `runID` is running.
    func isRunning(_ runID: RunID) -> Bool {
        signals.withLock { $0[runID] != nil }
    }

    /// The signal of a running run, or `nil`.
    func signal(of runID: RunID) -> RunSignal? {
        signals.withLock { $0[runID] }
    }
}
