import Foundation
import TaskFlow

/// A worker's claim on a run: while it holds the run's current token, it alone may write the
/// run's journal; once the board hands the run to another worker, the token changes and every
/// write made with the old one is refused.
public struct RunLease: Sendable, Hashable, CustomStringConvertible {
    /// The run.
    public var runID: RunID
    /// The fencing token the claim drew; a new one is drawn at every claim.
    public var token: UUID
    /// The worker that holds the lease, as it named itself when claiming.
    public var worker: String

    /// A lease on `runID` held by `worker` under `token`.
    public init(runID: RunID, token: UUID, worker: String) {
        self.runID = runID
        self.token = token
        self.worker = worker
    }

    public var description: String { "lease of \(worker) on run \(runID)" }
}
