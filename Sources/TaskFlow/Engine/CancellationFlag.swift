import Synchronization

/// Raised when the Swift task running a flow is cancelled, read by its scheduler before each
/// task starts.
///
/// `Task.isCancelled` costs a look-up of the current task and an atomic read of its whole
/// status — tens of nanoseconds, on every task of a long linear flow. The scheduler installs
/// one cancellation handler per run instead, which raises this flag, and reads the flag.
@usableFromInline
final class CancellationFlag: Sendable {
    @usableFromInline
    let raised = Atomic<Bool>(false)

    @usableFromInline
    init() {}

    /// Whether the run's task was cancelled.
    @inlinable
    var isRaised: Bool { raised.load(ordering: .relaxed) }

    /// Records the cancellation.
    @usableFromInline
    func raise() { raised.store(true, ordering: .relaxed) }
}
