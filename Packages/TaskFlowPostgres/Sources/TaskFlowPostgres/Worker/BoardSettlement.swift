import TaskFlow

/// What a worker tells the job board once a run it held has stopped.
enum BoardSettlement: Sendable, Equatable {
    /// The run finished: it succeeded, or failed and was reverted (`lastError` says why).
    case complete(lastError: String?)
    /// The board asked to cancel the run, and it was: it reverted.
    case cancelled
    /// A fault stopped the run before it finished (the database, the journal): another attempt,
    /// after a backoff, resumes it.
    case fail(error: String)
    /// No attempt can ever run it (its posted state does not decode).
    case discard(error: String)
    /// The worker suspended it to hand it over (a graceful shutdown): another worker resumes it
    /// at once, and the attempt does not count.
    case abandon
    /// The lease is lost: the run is another worker's now, and this one must not touch it.
    case leave
}

extension BoardSettlement {
    /// What to tell the board about a run that ended with `ending`.
    /// - Parameters:
    ///   - ending: How the run's `run` or `resume` call ended.
    ///   - leaseLost: Whether a heartbeat found the lease gone while the run went on.
    ///   - cancelRequested: Whether a heartbeat found that the board asked to cancel the run.
    init(ending: Result<Void, FlowFailure>, leaseLost: Bool, cancelRequested: Bool = false) {
        guard case .failure(let failure) = ending else {
            self = leaseLost ? .leave : .complete(lastError: nil)
            return
        }
        switch failure.reason {
        case .failed:
            // Finished, reverted: the board is done with it whoever holds the lease now, but only
            // the holder may say so.
            if leaseLost {
                self = .leave
            } else if cancelRequested && failure.isCancellation {
                self = .cancelled
            } else {
                self = .complete(lastError: failure.description)
            }
        case .suspended:
            self = leaseLost ? .leave : .abandon
        case .journal(let error):
            if leaseLost {
                self = .leave
            } else if case .leaseLost? = error as? PostgresJournalError {
                self = .leave
            } else if error is PostedStateError {
                self = .discard(error: "\(error)")
            } else {
                self = .fail(error: "\(error)")
            }
        }
    }
}
