#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One state transition of a flow run or of one of its tasks, as delivered to listeners.
///
/// The engine builds an event only when the ``Engine`` has listeners: a run without listeners
/// pays nothing for events.
public struct FlowEvent: Sendable, CustomStringConvertible {
    /// What moved, and from where to where.
    public enum Transition: Sendable, Hashable {
        /// The flow run moved.
        case flow(from: FlowState, to: FlowState)
        /// A task moved.
        case task(from: TaskState, to: TaskState)
    }

    /// The run this event belongs to.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The task that moved, or `nil` when the flow itself moved.
    public var task: String?
    /// The move.
    public var transition: Transition
    /// When the move happened (wall clock).
    public var timestamp: Date
    /// The error behind the move: what a task threw (`running → failure`), what its revert threw
    /// (`reverting → revertFailure`), or why the flow reverts (`running → reverting`).
    public var failure: (any Error)?

    /// Creates an event.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - task: The task that moved, or `nil` for the flow.
    ///   - transition: The move.
    ///   - timestamp: When it happened.
    ///   - failure: The error behind the move, if any.
    public init(
        runID: RunID, flow: String, task: String?, transition: Transition,
        timestamp: Date = Date(), failure: (any Error)? = nil
    ) {
        self.runID = runID
        self.flow = flow
        self.task = task
        self.transition = transition
        self.timestamp = timestamp
        self.failure = failure
    }

    /// The state moved from, as text.
    public var from: String {
        switch transition {
        case .flow(let from, _): from.rawValue
        case .task(let from, _): from.rawValue
        }
    }

    /// The state moved to, as text.
    public var to: String {
        switch transition {
        case .flow(_, let to): to.rawValue
        case .task(_, let to): to.rawValue
        }
    }

    /// One readable line: `[run] flow: task 'name' running -> success`, with the failure, if any.
    public var description: String {
        let subject = task.map { "task '\($0)'" } ?? "flow"
        let line = "[\(runID.short)] \(flow): \(subject) \(from) -> \(to)"
        guard let failure else { return line }
        return "\(line): \(failure)"
    }
}
