import Logging
import TaskFlow

/// A listener that writes every transition of a run to a swift-log `Logger`, as one structured
/// log event.
///
/// ```swift
/// let engine = Engine(listeners: [LoggingListener(logger: Logger(label: "volumes.flows"))])
/// ```
///
/// Levels follow what the transition means to an operator:
///
/// | Transition | Level |
/// | --- | --- |
/// | a task or the run moves to `failure`, a revert to `revertFailure` | `error` |
/// | a task or the run moves to `reverting` or `reverted` | `warning` |
/// | any other move of the run (started, resumed, succeeded, suspended) | `info` |
/// | any other move of a task (started, succeeded, ignored) | `debug` |
///
/// Every event carries this metadata, beside the logger's own:
///
/// | Key | Value |
/// | --- | --- |
/// | `taskflow.run_id` | the run's ``RunID`` |
/// | `taskflow.flow` | the flow's name |
/// | `taskflow.task` | the task's name; absent when the run itself moves |
/// | `taskflow.state` | the state moved to (`running`, `failure`, …) |
/// | `taskflow.previous_state` | the state moved from |
/// | `taskflow.error` | the description of the error behind the move, when there is one |
///
/// The error itself also goes to the log handler, as the event's `error`. Tasks are not retried
/// yet, so there is no attempt number. Metadata is built only when the logger's level lets the
/// event through.
public struct LoggingListener: FlowListener {
    /// The logger events are written to.
    public let logger: Logger

    /// Creates a listener that logs to `logger`.
    /// - Parameter logger: Where the events go; its level decides which are written.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Logs the transition at its level.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        let level = Self.level(of: event.transition)
        logger.log(
            level: level, "\(Self.message(for: event))", error: event.failure, metadata: Self.metadata(of: event)
        )
    }

    /// The level a transition is logged at.
    /// - Parameter transition: The move.
    /// - Returns: `error` for failures, `warning` for reverts, `info` for other moves of the
    ///   run, `debug` for other moves of a task.
    public static func level(of transition: FlowEvent.Transition) -> Logger.Level {
        switch transition {
        case .task(_, .failure), .task(_, .revertFailure), .flow(_, .failure):
            .error
        case .task(_, .reverting), .task(_, .reverted), .flow(_, .reverting), .flow(_, .reverted):
            .warning
        case .flow:
            .info
        case .task:
            .debug
        }
    }

    /// `task reserve_quota: running -> failure`, or `flow create_volume: pending -> running`.
    static func message(for event: FlowEvent) -> String {
        let subject = event.task.map { "task \($0)" } ?? "flow \(event.flow)"
        return "\(subject): \(event.from) -> \(event.to)"
    }

    static func metadata(of event: FlowEvent) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            MetadataKey.runID: "\(event.runID)",
            MetadataKey.flow: "\(event.flow)",
            MetadataKey.state: "\(event.to)",
            MetadataKey.previousState: "\(event.from)",
        ]
        if let task = event.task { metadata[MetadataKey.task] = "\(task)" }
        if let failure = event.failure { metadata[MetadataKey.error] = "\(failure)" }
        return metadata
    }
}
