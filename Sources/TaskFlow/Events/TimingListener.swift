#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A listener that measures how long each task ran, and summarises each run.
///
/// A task's duration is the time from `pending → running` to `running → success` or
/// `running → failure`; a run's, from the flow's `pending → running` to its last transition.
/// Read the figures with ``timings`` and ``summary(of:)``, or pass `report` to receive each
/// run's summary as soon as the run ends. Safe to share between concurrent runs.
public final class TimingListener: FlowListener {
    /// How long one task of one run took.
    public struct Timing: Sendable, Hashable {
        /// The run.
        public var runID: RunID
        /// The task.
        public var task: String
        /// How long it ran.
        public var duration: Duration
        /// How it ended: ``TaskState/success`` or ``TaskState/failure``.
        public var outcome: TaskState
    }

    private struct Record {
        var started: [RunID: [String: Date]] = [:]
        var flowStarted: [RunID: Date] = [:]
        var flowNames: [RunID: String] = [:]
        var flowDurations: [RunID: Duration] = [:]
        var timings: [Timing] = []
    }

    private let record = LockedValue(Record())
    private let report: (@Sendable (String) -> Void)?

    /// Creates a timing listener.
    /// - Parameter report: Receives the ``summary(of:)`` of each run when it ends; `nil` to
    ///   only collect figures.
    public init(report: (@Sendable (String) -> Void)? = nil) {
        self.report = report
    }

    /// Every task duration measured so far, in the order the tasks finished.
    public var timings: [Timing] {
        record.withLock { $0.timings }
    }

    /// How long a run took, once it has ended.
    /// - Parameter runID: The run.
    /// - Returns: The time from its start to its last transition, or `nil` while it runs.
    public func duration(of runID: RunID) -> Duration? {
        record.withLock { $0.flowDurations[runID] }
    }

    /// Records the event's timing.
    /// - Parameter event: The transition.
    public func receive(_ event: FlowEvent) {
        let ended: RunID? = record.withLock { record in
            switch event.transition {
            case .task(.pending, .running), .task(.retrying, .running):
                if let task = event.task { record.started[event.runID, default: [:]][task] = event.timestamp }
            case .task(.running, let outcome):
                if let task = event.task, let start = record.started[event.runID]?[task] {
                    record.timings.append(Timing(
                        runID: event.runID, task: task,
                        duration: Self.duration(from: start, to: event.timestamp), outcome: outcome
                    ))
                }
            case .flow(.pending, .running), .flow(.resuming, .running):
                record.flowStarted[event.runID] = event.timestamp
                record.flowNames[event.runID] = event.flow
            case .flow(_, .success), .flow(_, .reverted), .flow(_, .failure):
                if let start = record.flowStarted[event.runID] {
                    record.flowDurations[event.runID] = Self.duration(from: start, to: event.timestamp)
                    record.started[event.runID] = nil
                    return event.runID
                }
            default:
                break
            }
            return nil
        }
        if let ended, let report { report(summary(of: ended)) }
    }

    /// A readable summary of one run: its total time, then each task, slowest first.
    ///
    /// ```
    /// flow create_volume_api [3f2a9c1e]: 3 tasks in 12.345 ms
    ///   reserve_quota      8.100 ms  success
    ///   create_entry       4.000 ms  success
    ///   validate           0.012 ms  success
    /// ```
    /// - Parameter runID: The run.
    /// - Returns: The summary; for a run still going, the tasks measured so far.
    public func summary(of runID: RunID) -> String {
        let (name, total, tasks) = record.withLock { record in
            (record.flowNames[runID] ?? "?", record.flowDurations[runID],
             record.timings.filter { $0.runID == runID })
        }
        let sorted = tasks.sorted { $0.duration > $1.duration }
        let width = sorted.map(\.task.count).max() ?? 0
        var lines = ["flow \(name) [\(runID.short)]: \(tasks.count) tasks"
            + (total.map { " in \(Self.milliseconds($0))" } ?? " so far")]
        for timing in sorted {
            let padding = String(repeating: " ", count: width - timing.task.count)
            lines.append("  \(timing.task)\(padding)  \(Self.milliseconds(timing.duration))  \(timing.outcome.rawValue)")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Formatting

    private static func duration(from start: Date, to end: Date) -> Duration {
        .nanoseconds(Int64((end.timeIntervalSince(start) * 1e9).rounded()))
    }

    /// `12.345 ms`, right-aligned to ten characters.
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000
            + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        let text = "\(microseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
        return String(repeating: " ", count: max(0, 10 - text.count)) + text
    }
}
