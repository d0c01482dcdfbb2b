#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a durable run's transitions into journal records, writing and syncing them as the
/// journal's ``JournalSyncPolicy`` says. Held by the run's ``RunLedger``, so every transition
/// passes through it.
///
/// A success is followed by a snapshot of the flow's state before the records are written (at
/// once, or at the end of a batch), so a success is never recorded without the results it
/// produced. A write that fails is kept in ``error``; the run then stops scheduling.
///
/// No snapshot is taken while a *transform* runs — a task that reads a symbol it provides.
/// Tasks write the shared state before their success is recorded, so a snapshot taken then
/// could hold a transform's result while the journal says it has not finished; a resume would
/// run it again on its own output (`n + 1` twice). Other tasks' unrecorded results in a
/// snapshot are harmless: such a task runs again and writes its symbols afresh. Successes
/// recorded meanwhile count once a later snapshot follows them (until then, on resume, they
/// run again).
@usableFromInline
struct RunRecorder: Sendable {
    let journal: any FlowJournal
    let runID: RunID
    /// Encodes the flow's state as it is now.
    let snapshot: @Sendable () throws -> Data
    /// Set by ``Engine/suspend(_:)``.
    let signal: RunSignal
    private var pending: [JournalRecord] = []
    /// Whether a success was recorded since the last snapshot.
    private var needsSnapshot = false
    /// Whether each task, by index, reads a symbol it provides.
    private let isTransform: [Bool]
    /// The transforms running now: while there is one, snapshots wait.
    private var runningTransforms: Set<Int> = []
    /// The first error writing to the journal; nothing more is written after it.
    private(set) var error: (any Error)?

    /// Creates the recorder of one run.
    /// - Parameters:
    ///   - journal: Where the records go.
    ///   - runID: The run.
    ///   - signal: The run's suspension flag.
    ///   - tasks: The flow's tasks' metadata, by index: which of them are transforms.
    ///   - snapshot: Encodes the flow's state as it is now.
    init(
        journal: any FlowJournal, runID: RunID, signal: RunSignal, tasks: [TaskMetadata],
        snapshot: @escaping @Sendable () throws -> Data
    ) {
        self.isTransform = tasks.map { task in
            task.provides.contains(where: task.requires.contains) || task.provides.contains(where: task.optional.contains)
        }
        self.journal = journal
        self.runID = runID
        self.signal = signal
        self.snapshot = snapshot
    }

    /// Whether the run must stop scheduling: it was asked to suspend, or its journal failed.
    @usableFromInline
    var shouldHalt: Bool {
        error != nil || signal.isSuspendRequested
    }

    /// Records a task's transition.
    mutating func task(_ task: Int, _ state: TaskState, failure: (any Error)?) {
        if isTransform[task] {
            if state == .running { runningTransforms.insert(task) } else { runningTransforms.remove(task) }
        }
        // A start still waiting to be written says nothing its end does not: drop it. (Always
        // the last record in a linear flow; concurrent flows keep theirs, which is also correct.)
        if state == .success || state == .failure, case .task(task, .running, _)? = pending.last {
            pending.removeLast()
        }
        pending.append(.task(task, state, message: failure.map { String(describing: $0) }))
        if state == .success { needsSnapshot = true }
        switch journal.syncPolicy {
        case .everyTransition:
            flush()
        case .everyCompletion:
            if state != .running, state != .reverting { flush() }
        case .batched(let count):
            if pending.count >= count { flush() }
        }
    }

    /// Records the flow's transition, written and synced at once — except `resuming`, which is
    /// always followed at once by another transition and written with it.
    mutating func flow(_ state: FlowState) {
        pending.append(.flow(state))
        if state == .resuming { return }
        flush()
        if [.success, .reverted, .failure, .suspended].contains(state) { journal.close(runID) }
    }

    /// Writes and syncs what is pending, with a snapshot after the successes in it.
    private mutating func flush() {
        guard error == nil else { return }
        do {
            if needsSnapshot, runningTransforms.isEmpty {
                pending.append(.state(try snapshot()))
                needsSnapshot = false
            }
            try journal.append(pending, to: runID, sync: true)
        } catch {
            self.error = error
        }
        pending.removeAll(keepingCapacity: true)
    }
}

extension RunLedger {
    /// Whether a durable run must stop scheduling (suspended, or its journal failed); always
    /// `false` for other runs.
    @inlinable
    var isHalted: Bool {
        isRecording && recorder?.shouldHalt == true
    }
}
