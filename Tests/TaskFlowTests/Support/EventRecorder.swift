import TaskFlow

/// A listener that keeps every event, for tests.
final class EventRecorder: FlowListener {
    private let events = Locked<[FlowEvent]>([])

    func receive(_ event: FlowEvent) {
        events.withLock { $0.append(event) }
    }

    var all: [FlowEvent] { events.withLock { $0 } }

    /// Each event as `flow FROM->TO` or `NAME FROM->TO`.
    var lines: [String] {
        all.map { "\($0.task ?? "flow") \($0.from)->\($0.to)" }
    }

    /// The tasks in the order they reached `state`.
    func tasks(reaching states: Set<TaskState>) -> [String] {
        all.compactMap { event in
            guard case .task(_, let to) = event.transition, states.contains(to) else { return nil }
            return event.task
        }
    }
}
