/// A listener that records values in a durable run's journal header when the run starts, and is
/// given them back when the run is resumed — in another process, perhaps on another machine.
///
/// A tracing listener, for example, records the trace of the run it starts, so that the span of
/// a resumed run can link to it. Values are text, keyed by the annotator (use a prefix of your
/// own); when several annotators use one key, the last listener's value is kept.
public protocol RunAnnotator: FlowListener {
    /// The values to record for a durable run that is starting. Called on the task that called
    /// `run`, before the run's header is written and before its first transition.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    /// - Returns: Values to record in the run's header.
    func annotations(forStarting runID: RunID, flow: String) -> [String: String]

    /// Called when the header of a run this listener annotated could not be written: the run
    /// never started, and no transition of it will follow.
    /// - Parameters:
    ///   - runID: The run.
    ///   - error: Why the header could not be written.
    func runDidNotStart(_ runID: RunID, error: any Error)

    /// Called on the task that called `resume`, before a resumed run's first transition, with
    /// every value recorded when the run started (empty for a run recorded without any).
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - annotations: The values recorded in the run's header.
    func resuming(_ runID: RunID, flow: String, annotations: [String: String])
}

extension RunAnnotator {
    /// Does nothing.
    /// - Parameters:
    ///   - runID: The run.
    ///   - error: Why the header could not be written.
    public func runDidNotStart(_ runID: RunID, error: any Error) {}
}
