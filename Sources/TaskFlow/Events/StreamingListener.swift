/// A listener that hands every event to an `AsyncStream`, so that slow work on events — writing
/// them to a database, sending them over the network — runs in a task of your own instead of on
/// the run.
///
/// ```swift
/// let stream = StreamingListener()
/// let engine = Engine(listeners: [stream])
/// let audit = Task {
///     for await event in stream.events { await auditLog.record(event) }
/// }
/// let outputs = try await CreateVolumeAPI.run(inputs, context: context, engine: engine)
/// stream.finish()
/// await audit.value
/// ```
///
/// ``receive(_:)`` only yields the event to the stream: a run never waits for the consumer.
/// Events arrive in the order the runs delivered them. With the default `.unbounded` policy
/// the stream keeps every event until it is consumed; pass `.bufferingNewest(n)` to keep at
/// most `n` when the consumer may fall behind for long. As with any `AsyncStream`, iterate
/// ``events`` from one task only.
public struct StreamingListener: FlowListener {
    /// Every event received, until ``finish()``.
    public let events: AsyncStream<FlowEvent>
    private let continuation: AsyncStream<FlowEvent>.Continuation

    /// Creates a listener and its stream.
    /// - Parameter bufferingPolicy: What the stream keeps while nobody consumes it.
    public init(bufferingPolicy: AsyncStream<FlowEvent>.Continuation.BufferingPolicy = .unbounded) {
        (events, continuation) = AsyncStream.makeStream(of: FlowEvent.self, bufferingPolicy: bufferingPolicy)
    }

    /// Yields the event to ``events``; events received after ``finish()`` are dropped.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        continuation.yield(event)
    }

    /// Ends ``events``: a loop over it ends once it has taken the events already received.
    public func finish() {
        continuation.finish()
    }
}
