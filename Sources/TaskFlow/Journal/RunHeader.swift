#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first record of every journaled run: which flow, which tasks at which versions, when.
///
/// Task indices in later records refer to ``tasks``; resuming maps them to the current flow by
/// name and compares versions.
public struct RunHeader: Sendable, Hashable, Codable {
    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// Every task of the flow, in the flow's order, with its version.
    public var tasks: [JournaledTask]
    /// When the run started.
    public var started: Date
    /// The run's initial state, encoded with `JSONEncoder`: in the header, so that a run whose
    /// first record exists can always be resumed.
    public var initialState: Data

    /// Creates a header.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - tasks: Every task of the flow with its version.
    ///   - started: When the run started.
    ///   - initialState: The encoded initial state.
    public init(runID: RunID, flow: String, tasks: [JournaledTask], started: Date, initialState: Data = Data()) {
        self.runID = runID
        self.flow = flow
        self.tasks = tasks
        self.started = started
        self.initialState = initialState
    }
}
