#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a durable run's transitions into journal records and decides when they are written:
/// a state machine with no I/O of its own. Held by the run's ``RunLedger``, so every transition
/// passes through it, under whatever protects the ledger (the worker pool's lock while tasks run
/// concurrently).
///
/// Records wait in ``pending`` until the journal's ``JournalSyncPolicy`` makes them due. Then
/// ``takeWrite()`` hands them out as one ``JournalWrite``, which the caller performs *outside*
/// any lock and reports back with ``finish(_:error:)``. One write of a run is in flight at a
/// time; records made meanwhile wait and go together in the next one — group commit: however
/// many tasks complete during a sync, they share the next.
///
/// **Successes wait to release their successors.** Under a policy that syncs completions, a
/// success's successors become ready only once its record is durable (``JournalWrite/tasks``),
/// so a task never runs on inputs that a crash could take back. Under a batched policy they
/// are released at once (it trades that for speed).
///
/// **Snapshots.** A write that holds a success ends with a snapshot of the flow's state, taken
/// when the write is handed out (under the ledger's protection, once per write however many
/// successes it holds), so a success is never durable without the results it produced. No
/// snapshot is taken while a *transform* runs — a task that reads a symbol it provides: tasks
/// write the shared state before their success is recorded, so the snapshot could hold a
/// transform's result while the journal says it has not finished, and a resume would run it
/// again on its own output (`n + 1` twice). Other tasks' unrecorded results in a snapshot are
/// harmless: such a task runs again and writes its symbols afresh. Successes written meanwhile
/// count once a later snapshot follows them (until then, on resume, they run again).
///
/// A write that fails is kept in ``error``; nothing more is written, and the run stops
/// scheduling.
@usableFromInline
struct RunRecorder: Sendable {
    let journal: any FlowJournal
    let runID: RunID
    /// Encodes the flow's state as it is now.
    let snapshot: @Sendable () throws -> Data
    /// Set by ``Engine/suspend(_:)``.
    let signal: RunSignal
    let policy: JournalSyncPolicy
    /// Whether successors of a success wait until its record is durable.
    @usableFromInline let holdsSuccessors: Bool
    /// Whether a task's start must be durable before the task executes.
    @usableFromInline let startsAreDurable: Bool

    /// Records not handed to a write yet.
    private var pending: [JournalRecord] = []
    /// Successes in ``pending`` whose successors wait for their record to be durable.
    private var heldTasks: [Int] = []
    /// Successes handed to the write in flight, waiting likewise.
    private var writingTasks = 0
    /// Whether a record in ``pending`` asks to be written now.
    private var isDue = false
    /// Whether a success was recorded since the last snapshot.
    private var needsSnapshot = false
    /// Whether the run ended (or was suspended): its log is closed after the last write.
    private var closesLog = false
    /// Whether each task, by index, reads a symbol it provides.
    private let isTransform: [Bool]
    /// The transforms running now: while there is one, snapshots wait.
    private var runningTransforms: Set<Int> = []
    /// Whether a write is in flight.
    private(set) var isWriting = false
    /// How many records were ever made; the next record is number `made + 1`.
    private var made = 0
    /// How many records are durable: records `1...durable`.
    private var durable = 0
    /// Tasks waiting for records to be durable before they execute.
    private var waiters: [(through: Int, waiter: UnsafeContinuation<Void, Never>)] = []
    /// The first error writing to the journal; nothing more is written after it.
    @usableFromInline private(set) var error: (any Error)?

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
        self.policy = journal.syncPolicy
        switch policy {
        case .everyTransition:
            holdsSuccessors = true
            startsAreDurable = true
        case .everyCompletion:
            holdsSuccessors = true
            startsAreDurable = false
        case .batched:
            holdsSuccessors = false
            startsAreDurable = false
        }
    }

    /// Whether the run must stop scheduling: it was asked to suspend, or its journal failed.
    @usableFromInline
    var shouldHalt: Bool {
        error != nil || signal.isSuspendRequested
    }

    /// Whether successes wait for a write before their successors are released.
    @usableFromInline
    var hasUnconfirmedSuccesses: Bool {
        !heldTasks.isEmpty || writingTasks > 0
    }

    /// The number of the last record made: durable once ``isDurable(through:)`` says so.
    @usableFromInline
    var lastRecord: Int { made }

    /// Whether records `1...record` are durable, or will never be (the journal failed).
    @usableFromInline
    func isDurable(through record: Int) -> Bool {
        durable >= record || error != nil
    }

    // MARK: - Recording

    /// Records a task's transition.
    mutating func task(_ task: Int, _ state: TaskState, failure: (any Error)?) {
        if isTransform[task] {
            if state == .running { runningTransforms.insert(task) } else { runningTransforms.remove(task) }
        }
        // A start still waiting to be written says nothing its end does not: drop it. (Always
        // the last record in a linear flow; concurrent flows keep theirs, which is also correct.)
        if state == .success || state == .failure, case .task(task, .running, _)? = pending.last {
            pending.removeLast()
            made -= 1
        }
        append(.task(task, state, message: failure.map { String(describing: $0) }))
        if state == .success {
            needsSnapshot = true
            if holdsSuccessors { heldTasks.append(task) }
        }
        switch policy {
        case .everyTransition:
            isDue = true
        case .everyCompletion:
            if state != .running, state != .reverting { isDue = true }
        case .batched(let count):
            if pending.count >= count { isDue = true }
        }
    }

    /// Records the flow's transition, due at once — except `resuming`, which is always followed
    /// at once by another transition and written with it, and, unless every transition is to be
    /// synced, `running`, which is written with the first task's end: a crash before it resumes
    /// the run from its start either way, and every run saves a write.
    mutating func flow(_ state: FlowState) {
        append(.flow(state))
        if state == .resuming { return }
        if state == .running, policy != .everyTransition { return }
        isDue = true
        if [.success, .reverted, .failure, .suspended].contains(state) { closesLog = true }
    }

    private mutating func append(_ record: JournalRecord) {
        pending.append(record)
        made += 1
    }

    // MARK: - Writing

    /// Hands out the records that are due, with a snapshot after the successes among them, as
    /// one write; `nil` when nothing is due, a write is in flight, or the journal failed.
    ///
    /// The caller performs the write outside any lock, then reports it with
    /// ``finish(_:error:)``.
    @usableFromInline
    mutating func takeWrite() -> JournalWrite? {
        guard isDue, !isWriting, error == nil else { return nil }
        if needsSnapshot, runningTransforms.isEmpty {
            do {
                pending.append(.state(try snapshot()))
            } catch {
                self.error = error
                return nil
            }
            needsSnapshot = false
        }
        let write = JournalWrite(
            journal: journal, runID: runID, records: pending, throughRecord: made, tasks: heldTasks,
            closesLog: closesLog
        )
        pending = []
        writingTasks = heldTasks.count
        heldTasks = []
        isDue = false
        closesLog = false
        isWriting = true
        return write
    }

    /// Takes back a write that was performed.
    /// - Parameters:
    ///   - write: The write ``takeWrite()`` handed out.
    ///   - error: What the journal threw, if anything.
    /// - Returns: The successes whose successors may now be released (none when the write
    ///   failed), the next write if more records became due meanwhile, and the tasks waiting
    ///   for records now durable (or never to be), to resume once outside any lock.
    @usableFromInline
    mutating func finish(_ write: JournalWrite, error: (any Error)?) -> JournalCompletion {
        isWriting = false
        writingTasks = 0
        if let error {
            if self.error == nil { self.error = error }
        } else {
            durable = write.throughRecord
        }
        let next = takeWrite()
        var resumed: [UnsafeContinuation<Void, Never>] = []
        var stillWaiting: [(through: Int, waiter: UnsafeContinuation<Void, Never>)] = []
        for entry in waiters {
            if isDurable(through: entry.through) { resumed.append(entry.waiter) } else { stillWaiting.append(entry) }
        }
        waiters = stillWaiting
        return JournalCompletion(released: error == nil ? write.tasks : [], next: next, resumed: resumed)
    }

    /// Registers a task that waits until records `1...record` are durable.
    /// - Returns: `false` when they already are (or never will be): resume the waiter at once.
    @usableFromInline
    mutating func wait(_ waiter: UnsafeContinuation<Void, Never>, through record: Int) -> Bool {
        guard !isDurable(through: record) else { return false }
        waiters.append((record, waiter))
        return true
    }
}

/// What a write's end means for the run: see ``RunRecorder/finish(_:error:)``.
@usableFromInline
struct JournalCompletion {
    /// Successes whose successors may now become ready.
    @usableFromInline var released: [Int]
    /// The next write, made due while this one was in flight.
    @usableFromInline var next: JournalWrite?
    /// Tasks waiting for records that are now durable (or never will be).
    @usableFromInline var resumed: [UnsafeContinuation<Void, Never>]
}

extension RunLedger {
    /// Whether a durable run must stop scheduling (suspended, or its journal failed); always
    /// `false` for other runs.
    @inlinable
    var isHalted: Bool {
        isRecording && recorder?.shouldHalt == true
    }

    /// Whether a success's successors wait for its record to be durable; always `false` for
    /// runs that are not durable.
    @inlinable
    var holdsSuccessors: Bool {
        isRecording && recorder?.holdsSuccessors == true
    }

    /// Performs every write that is due, one after the other, when nothing else touches the
    /// ledger (tasks running one at a time, reverting, moving the flow).
    /// - Returns: The successes whose successors may now be released.
    @usableFromInline
    nonisolated(nonsending) mutating func commit() async -> [Int] {
        guard isRecording else { return [] }
        var released: [Int] = []
        var write = recorder?.takeWrite()
        while let current = write {
            let error = await current.perform()
            guard let completion = recorder?.finish(current, error: error) else { break }
            released += completion.released
            for waiter in completion.resumed { waiter.resume() }
            write = completion.next
        }
        return released
    }
}
