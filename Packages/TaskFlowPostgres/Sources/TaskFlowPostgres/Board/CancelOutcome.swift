import Foundation

/// What ``JobBoard/cancel(_:)`` did.
public enum CancelOutcome: Sendable, Hashable {
    /// The run was waiting: it is `cancelled` and will never be claimed.
    case cancelled
    /// The run is running: its cancellation is requested, and its worker (named, when known)
    /// sees the request at its next heartbeat and cancels the run.
    case requested(worker: String?)
    /// The run had already finished, in the state given: nothing changed.
    case alreadyFinished(BoardState)
    /// No run with that id is on the board.
    case unknownRun

    /// The outcomes without their details, for the board's decision.
    enum Kind {
        case cancelled, requested, alreadyFinished
    }
}
