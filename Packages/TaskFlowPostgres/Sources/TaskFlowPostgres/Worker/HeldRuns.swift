import Synchronization
import TaskFlow

/// The runs a worker holds, each with the engine running it, so that a graceful shutdown can
/// suspend every one of them and a heartbeat can suspend one whose lease is lost.
final class HeldRuns: Sendable {
    private struct Held {
        var engine: Engine
        var leaseLost = false
        var cancelRequested = false
    }

    private let runs = Mutex<(held: [RunID: Held], shuttingDown: Bool)>(([:], false))

    /// How many runs are held.
    var count: Int { runs.withLock { $0.held.count } }

    /// Starts holding `runID`, run by `engine`.
    /// - Returns: `false` once ``suspendAll()`` was called: the run must be handed back unrun.
    func hold(_ runID: RunID, engine: Engine) -> Bool {
        runs.withLock { runs in
            guard !runs.shuttingDown else { return false }
            runs.held[runID] = Held(engine: engine)
            return true
        }
    }

    /// Stops holding `runID`.
    /// - Returns: Whether its lease was found lost while it was held, and whether the board
    ///   asked to cancel it.
    @discardableResult
    func release(_ runID: RunID) -> (leaseLost: Bool, cancelRequested: Bool) {
        let held = runs.withLock { $0.held.removeValue(forKey: runID) }
        return (held?.leaseLost ?? false, held?.cancelRequested ?? false)
    }

    /// Records that the board asked to cancel `runID`.
    func cancelRequested(_ runID: RunID) {
        runs.withLock { $0.held[runID]?.cancelRequested = true }
    }

    /// Records that `runID`'s lease is lost and asks its run to suspend: it writes nothing more
    /// that the journal would accept anyway, and starts no further task.
    func leaseLost(_ runID: RunID) {
        let engine = runs.withLock { runs -> Engine? in
            runs.held[runID]?.leaseLost = true
            return runs.held[runID]?.engine
        }
        engine?.suspend(runID)
    }

    /// Asks every held run to suspend, so that another worker resumes it, and refuses to hold
    /// any more.
    func suspendAll() {
        let held = runs.withLock { runs in
            runs.shuttingDown = true
            return runs.held
        }
        for (runID, held) in held {
            held.engine.suspend(runID)
        }
    }
}
