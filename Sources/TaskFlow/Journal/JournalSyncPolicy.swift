/// When a ``FileJournal`` forces what it wrote to stable storage (`fsync`).
///
/// A record that was synced survives a crash of the process and of the machine; one that was
/// only written survives a crash of the process. Whatever was not synced is lost at worst, and
/// the run resumes from the last synced record: tasks recorded as finished are not run again,
/// the others run again (at least once).
public enum JournalSyncPolicy: Sendable, Hashable {
    /// Write and sync every transition of every task: the slowest, the least re-run.
    case everyTransition
    /// Write and sync once per finished task (success, failure, revert) and per flow
    /// transition; a task's start is written with its end, and the run's start with its first
    /// task's end. The default.
    case everyCompletion
    /// Keep records in memory and write and sync them every `count` records, and at every flow
    /// transition but the run's start. Fast; a crash may lose up to `count` records, whose tasks
    /// then run again.
    case batched(count: Int)
}
