/// The scheduler found no backend that can take the volume.
public struct NoValidBackend: Error, Hashable {
    /// Why no backend fits.
    public var reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }
}
