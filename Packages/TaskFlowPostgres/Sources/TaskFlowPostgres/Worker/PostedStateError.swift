import TaskFlow

/// A posted run whose state does not decode as its flow's state: no attempt can start it.
public struct PostedStateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The run.
    public var runID: RunID
    /// The flow it was posted for.
    public var flow: String
    /// What the decoder said.
    public var underlying: String

    public var description: String {
        "the state posted for run \(runID) does not decode as the state of flow '\(flow)': \(underlying)"
    }
}
