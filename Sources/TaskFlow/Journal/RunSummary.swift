#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One line of a journal's listing: a run, its flow, where it stands, and when it moved.
public struct RunSummary: Sendable, Hashable {
    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The last state the run recorded: `running` or `reverting` for a run that was interrupted.
    public var state: FlowState
    /// When the run started.
    public var started: Date
    /// When the run last recorded anything.
    public var updated: Date

    /// Creates a summary.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - state: The last state recorded.
    ///   - started: When the run started.
    ///   - updated: When it last recorded anything.
    public init(runID: RunID, flow: String, state: FlowState, started: Date, updated: Date) {
        self.runID = runID
        self.flow = flow
        self.state = state
        self.started = started
        self.updated = updated
    }

    /// Summarises a run from its records.
    /// - Parameters:
    ///   - records: The run's records, its header first.
    ///   - updated: When the run last recorded anything.
    /// - Returns: The summary, or `nil` when `records` does not start with a header.
    static func of(_ records: [JournalRecord], updated: Date) -> RunSummary? {
        guard case .started(let header)? = records.first else { return nil }
        var state = FlowState.pending
        for case .flow(let next) in records { state = next }
        return RunSummary(runID: header.runID, flow: header.flow, state: state, started: header.started, updated: updated)
    }
}
