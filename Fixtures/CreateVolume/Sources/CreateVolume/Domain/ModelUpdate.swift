/// What the driver reports after creating a volume, saved to the volume's row.
public struct ModelUpdate: Sendable, Hashable {
    /// Where the backend exports the volume.
    public var providerLocation: String

    /// Creates a model update.
    public init(providerLocation: String) {
        self.providerLocation = providerLocation
    }
}
