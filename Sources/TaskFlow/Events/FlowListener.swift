/// Receives every transition of the runs of an ``Engine`` it is attached to.
///
/// Attach listeners with ``Engine/Options/listeners``. The engine calls ``receive(_:)``
/// synchronously, in transition order, from the task driving the run — keep it quick (hand
/// slow work to another task). Several runs may deliver events at once, so a listener that
/// keeps state must protect it (see ``TimingListener``). A listener that must also run code
/// around each task's execution — to make a value the task reads current — adopts
/// ``TaskExecutionScope``.
public protocol FlowListener: Sendable {
    /// Called for each transition of a run.
    /// - Parameter event: The transition.
    func receive(_ event: FlowEvent)
}
