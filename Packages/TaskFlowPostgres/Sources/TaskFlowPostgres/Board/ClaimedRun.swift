import Foundation
import TaskFlow

/// A run a worker claimed from the board: its lease and what the worker needs to run it.
public struct ClaimedRun: Sendable, Hashable {
    /// The worker's lease on the run: pass it to every later call about the run.
    public var lease: RunLease
    /// The name of the flow to run.
    public var flow: String
    /// The queue the run was claimed from.
    public var queue: String
    /// Which claim this is, from 1.
    public var attempt: Int
    /// How many claims the run gets before it is discarded.
    public var maxAttempts: Int
    /// The posted initial state, as JSON from a default `JSONEncoder`.
    public var initialState: Data
    /// Whether the run has started (its journal has a header): the worker resumes it instead of
    /// starting it.
    public var hasStarted: Bool
    /// When the lease expires unless the worker sends a heartbeat.
    public var leaseExpires: Date

    /// A claimed run; the board makes these.
    public init(
        lease: RunLease, flow: String, queue: String, attempt: Int, maxAttempts: Int,
        initialState: Data, hasStarted: Bool, leaseExpires: Date
    ) {
        self.lease = lease
        self.flow = flow
        self.queue = queue
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.initialState = initialState
        self.hasStarted = hasStarted
        self.leaseExpires = leaseExpires
    }

    /// The run's id.
    public var runID: RunID { lease.runID }

    /// Whether this is the run's last attempt: if it fails, the run is discarded.
    public var isLastAttempt: Bool { attempt >= maxAttempts }
}
