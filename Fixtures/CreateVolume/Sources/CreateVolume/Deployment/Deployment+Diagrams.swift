extension Deployment {
    /// The Mermaid diagram of each create-volume flow, by flow name, in the order a request
    /// runs them.
    public static var diagrams: [(flow: String, mermaid: String)] {
        [
            (VolumeCreateAPI.metadata.name, VolumeCreateAPI.diagram),
            (VolumeCreateScheduler.metadata.name, VolumeCreateScheduler.diagram),
            (VolumeCreateManager.metadata.name, VolumeCreateManager.diagram),
        ]
    }
}
