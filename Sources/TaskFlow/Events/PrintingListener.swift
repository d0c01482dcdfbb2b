/// A listener that writes one readable line per transition.
///
/// ```
/// [3f2a9c1e] create_volume_api: task 'reserve_quota' running -> success
/// ```
public struct PrintingListener: FlowListener {
    private let write: @Sendable (String) -> Void

    /// Creates a listener that prints to standard output.
    public init() {
        self.write = { print($0) }
    }

    /// Creates a listener that hands each line to `write` (a logger, a file, a test).
    /// - Parameter write: Receives one line per transition, without a trailing newline.
    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Writes the event's line.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        write(event.description)
    }
}
