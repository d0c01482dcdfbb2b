/// What became of a create-volume request.
public struct CreateVolumeReport: Sendable {
    /// Every flow run, in order.
    public var runs: [FlowRun]
    /// The volume's identifier, once the API created its row.
    public var volumeID: String?
    /// The volume as the manager flow that created it returned it; `nil` if none did.
    public var created: VolumeRecord?
}
