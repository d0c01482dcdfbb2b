#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first record of every journaled run: which flow, which tasks at which versions, when.
///
/// Task indices in later records refer to ``tasks``; resuming maps them to the current flow by
/// name and compares versions.
public struct RunHeader: Sendable, Hashable, Codable {
    /// The run.
    public var runID: RunID
    /// The flow's name.
    public var flow: String
    /// The flow's version when the run started (`1.0` in headers written before flows had one):
    /// only the same major version resumes the run.
    public var flowVersion: TaskVersion
    /// Every task of the flow, in the flow's order, with its version.
    public var tasks: [JournaledTask]
    /// Every link between those tasks, by index into ``tasks``; `nil` in headers written before
    /// links were recorded. With the tasks, the flow's shape: a run resumes only under the same.
    public var links: [JournaledLink]?
    /// When the run started.
    public var started: Date
    /// The run's initial state, encoded with `JSONEncoder`: in the header, so that a run whose
    /// first record exists can always be resumed.
    public var initialState: Data
    /// What ``RunAnnotator`` listeners recorded when the run started, handed back to them when
    /// it is resumed.
    public var annotations: [String: String]

    /// Creates a header.
    /// - Parameters:
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - tasks: Every task of the flow with its version.
    ///   - started: When the run started.
    ///   - initialState: The encoded initial state.
    ///   - flowVersion: The flow's version.
    ///   - links: The links between the tasks, by index; `nil` when unknown.
    ///   - annotations: What annotating listeners recorded.
    public init(
        runID: RunID, flow: String, tasks: [JournaledTask], started: Date, initialState: Data = Data(),
        flowVersion: TaskVersion = .initial, links: [JournaledLink]? = nil, annotations: [String: String] = [:]
    ) {
        self.annotations = annotations
        self.runID = runID
        self.flow = flow
        self.flowVersion = flowVersion
        self.tasks = tasks
        self.links = links
        self.started = started
        self.initialState = initialState
    }
}

extension RunHeader {
    private enum CodingKeys: String, CodingKey {
        case runID, flow, flowVersion, tasks, links, started, initialState, annotations
    }

    /// Decodes a header; one encoded without `flowVersion` gets `1.0`, one without `links` or
    /// `annotations` none.
    /// - Parameter decoder: The decoder.
    /// - Throws: What the decoder throws for a missing or malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            runID: try container.decode(RunID.self, forKey: .runID),
            flow: try container.decode(String.self, forKey: .flow),
            tasks: try container.decode([JournaledTask].self, forKey: .tasks),
            started: try container.decode(Date.self, forKey: .started),
            initialState: try container.decode(Data.self, forKey: .initialState),
            flowVersion: try container.decodeIfPresent(TaskVersion.self, forKey: .flowVersion) ?? .initial,
            links: try container.decodeIfPresent([JournaledLink].self, forKey: .links),
            annotations: try container.decodeIfPresent([String: String].self, forKey: .annotations) ?? [:])
    }
}
