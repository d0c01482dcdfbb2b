/// One flow run of a create-volume request and how it ended.
public struct FlowRun: Sendable {
    /// How a flow run ended.
    public enum Outcome: Sendable {
        /// The flow succeeded; a one-line summary of its outputs.
        case succeeded(String)
        /// The flow failed and was reverted.
        case failed(any Error)
    }

    /// The flow's name, e.g. `volume_create_manager`.
    public var flow: String
    /// The backend a manager flow ran on; `nil` for the API and the scheduler.
    public var backend: String?
    /// How it ended.
    public var outcome: Outcome
}
