#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a run's records say about it, mapped onto the current version of its flow.
///
/// Built once per resume, in one pass over the records. A success counts only when a state
/// snapshot follows it (the snapshot holds its results); otherwise the task was interrupted and
/// runs again. A task whose revert began but never ended is reverted again.
struct RunReplay {
    /// How a recorded revert ended.
    enum RevertOutcome {
        case reverted
        case failed(String)
    }

    let header: RunHeader
    /// The last flow state recorded.
    private(set) var flowState = FlowState.pending
    /// Whether the run had started reverting.
    private(set) var isReverting = false
    /// Tasks that finished, in the order they finished, with the error message of a failure.
    private(set) var completions: [(task: Int, failure: String?)] = []
    /// Tasks that started and did not finish (including successes with no snapshot after them).
    private(set) var interrupted: Set<Int> = []
    /// Finished reverts, in order.
    private(set) var reverts: [(task: Int, outcome: RevertOutcome)] = []
    /// The state in the last snapshot.
    private(set) var state = Data()

    /// Reads `records` against the tasks of the current flow.
    /// - Throws: ``JournalError/missingHeader(_:)``, ``JournalError/flowMismatch(_:journaled:current:)``
    ///   when the flow's name differs, ``JournalError/structureChanged(_:flow:changes:)`` when its
    ///   tasks, their order or their links do, ``JournalError/incompatibleVersion(task:journaled:current:)``
    ///   when a task's major version differs, ``JournalError/incompatibleFlowVersion(flow:journaled:current:)``
    ///   when the flow's does.
    init(
        _ records: [JournalRecord], runID: RunID, flow: String, tasks: [TaskMetadata],
        links: [JournaledLink], flowVersion: TaskVersion = .initial
    ) throws(JournalError) {
        guard case .started(let header)? = records.first else { throw JournalError.missingHeader(runID) }
        self.header = header
        self.state = header.initialState
        var indexByName: [String: Int] = [:]
        indexByName.reserveCapacity(tasks.count)
        for (index, task) in tasks.enumerated() { indexByName[task.name] = index }
        // Journal index → current index: the same tasks in the same order, once the shapes agree.
        var map: [Int] = []
        map.reserveCapacity(tasks.count)
        guard header.flow == flow else {
            throw .flowMismatch(runID, journaled: "flow '\(header.flow)'", current: "flow '\(flow)'")
        }
        guard header.flowVersion.major == flowVersion.major else {
            throw JournalError.incompatibleFlowVersion(flow: flow, journaled: header.flowVersion, current: flowVersion)
        }
        let journaledNames = header.tasks.map(\.name)
        let currentNames = tasks.map(\.name)
        if journaledNames != currentNames || (header.links.map { $0 != links } ?? false) {
            let changes = StructureChange.changes(
                journaled: journaledNames, journaledLinks: header.links, current: currentNames, currentLinks: links)
            if !changes.isEmpty { throw .structureChanged(runID, flow: flow, changes: changes) }
        }
        for recorded in header.tasks {
            guard let index = indexByName[recorded.name] else { throw .missingHeader(runID) }
            let version = tasks[index].version
            guard version.major == recorded.version.major else {
                throw JournalError.incompatibleVersion(task: recorded.name, journaled: recorded.version, current: version)
            }
            map.append(index)
        }
        var unconfirmed: [Int] = []
        for record in records.dropFirst() {
            switch record {
            case .started:
                throw JournalError.missingHeader(runID)
            case .flow(let next):
                flowState = next
                if next == .reverting { isReverting = true }
            case .state(let data):
                state = data
                for task in unconfirmed {
                    interrupted.remove(task)
                    completions.append((task, nil))
                }
                unconfirmed.removeAll()
            case .task(let recorded, let next, let message):
                guard recorded < map.count else { throw JournalError.missingHeader(runID) }
                let task = map[recorded]
                switch next {
                case .running: interrupted.insert(task)
                case .success: unconfirmed.append(task)
                case .failure:
                    interrupted.remove(task)
                    completions.append((task, message ?? "error"))
                case .reverted: reverts.append((task, .reverted))
                case .revertFailure: reverts.append((task, .failed(message ?? "error")))
                case .pending, .reverting, .retrying, .ignored: break
                }
            }
        }
    }

    /// Whether any task failed before the interruption.
    var hasFailure: Bool { completions.contains { $0.failure != nil } }

    /// A ledger holding the recorded history, built with the ledger's own transitions so the
    /// history is checked against the transition tables. No listener hears the replay.
    func ledger(runID: RunID, flow: String, names: [String]) -> RunLedger {
        var ledger = RunLedger(runID: runID, flow: flow, names: names, listeners: [])
        for (task, failure) in completions {
            ledger.start(task)
            if let failure { ledger.fail(task, RecordedError(description: failure)) } else { ledger.succeed(task) }
        }
        for (task, outcome) in reverts {
            ledger.beginRevert(task)
            switch outcome {
            case .reverted: ledger.finishRevert(task)
            case .failed(let message): ledger.failRevert(task, RecordedError(description: message))
            }
        }
        return ledger
    }
}
