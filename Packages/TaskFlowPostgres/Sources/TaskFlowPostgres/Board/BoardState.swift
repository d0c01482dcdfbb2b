/// Where a run is on the job board.
public enum BoardState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Waiting to be claimed, from its `run_at` on.
    case available
    /// Claimed by a worker, which holds its lease.
    case running
    /// Finished: the worker completed it (whatever the flow's own outcome).
    case done
    /// Given up: its attempts were used up by failures or expired leases.
    case discarded
    /// Cancelled before it was claimed, or by its worker on request.
    case cancelled

    /// Whether the board will not hand the run out again unless it is retried.
    public var isFinished: Bool {
        switch self {
        case .available, .running: false
        case .done, .discarded, .cancelled: true
        }
    }

    public var description: String { rawValue }
}
