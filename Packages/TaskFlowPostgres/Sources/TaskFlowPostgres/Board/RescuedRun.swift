import TaskFlow

/// A run whose lease had expired, and where ``JobBoard/rescueExpiredLeases(limit:)`` put it.
public struct RescuedRun: Sendable, Hashable {
    /// The run.
    public var runID: RunID
    /// `available` again, `discarded` when its attempts were used up, or `cancelled` when its
    /// cancellation had been requested.
    public var state: BoardState

    /// A rescued run; the board makes these.
    public init(runID: RunID, state: BoardState) {
        self.runID = runID
        self.state = state
    }
}
