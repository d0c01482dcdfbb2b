import Foundation
import TaskFlow

/// A run as the board shows it: where it is, who holds it, how its attempts went.
public struct BoardRun: Sendable, Hashable {
    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The queue it was posted to.
    public var queue: String
    /// Where it is on the board.
    public var state: BoardState
    /// The flow's last recorded state, as its journal wrote it (`pending` until it starts).
    public var flowState: String
    /// Claims so far (the current one included while running).
    public var attempt: Int
    /// Claims it gets before it is discarded.
    public var maxAttempts: Int
    /// The worker that holds its lease, while running.
    public var owner: String?
    /// When that lease expires unless extended, while running.
    public var leaseExpires: Date?
    /// Why its last attempt ended, if one failed or expired.
    public var lastError: String?
    /// When it is (or was) due.
    public var runAt: Date
    /// Its priority: smaller runs first.
    public var priority: Int16
    /// Whether its cancellation was requested while it runs.
    public var cancelRequested: Bool

    /// A run on the board; the board makes these.
    public init(
        runID: RunID, flow: String, queue: String, state: BoardState, flowState: String, attempt: Int,
        maxAttempts: Int, owner: String?, leaseExpires: Date?, lastError: String?, runAt: Date,
        priority: Int16, cancelRequested: Bool
    ) {
        self.runID = runID
        self.flow = flow
        self.queue = queue
        self.state = state
        self.flowState = flowState
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.owner = owner
        self.leaseExpires = leaseExpires
        self.lastError = lastError
        self.runAt = runAt
        self.priority = priority
        self.cancelRequested = cancelRequested
    }
}
