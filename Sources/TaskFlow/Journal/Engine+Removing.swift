/// Removing runs from the journal: a journal keeps every run until it is told otherwise.
extension Engine {
    /// Deletes the journal of one run, which can then no longer be resumed.
    ///
    /// The engine refuses the runs it (or a copy of it) is running; it cannot know about runs of
    /// other engines or processes sharing the journal. Do not remove those: their records would
    /// be lost.
    ///
    /// ```swift
    /// try await engine.removeJournaledRun(runID)   // after reading what the run left behind
    /// ```
    /// - Parameter runID: The run.
    /// - Throws: ``JournalError/runInProgress(_:)`` while this engine (or a copy of it) is running
    ///   or resuming `runID`; ``JournalError/unknownRun(_:)`` when the journal has no such run;
    ///   ``JournalError/io(file:operation:errno:)`` when its log cannot be deleted.
    public func removeJournaledRun(_ runID: RunID) async throws {
        guard !activeRuns.isRunning(runID) else { throw JournalError.runInProgress(runID) }
        try await options.journal.remove(runID)
    }

    /// Deletes the journal of every run `shouldRemove` selects, except runs this engine (or a
    /// copy of it) is running, and returns the runs it deleted.
    ///
    /// Runs that ended cleanly are what a journal is usually pruned of; suspended runs, and runs
    /// a crash interrupted (still `running` or `reverting`), are what ``resume(_:runID:context:)``
    /// is for, and a `failure` — a revert threw — may want a look first:
    ///
    /// ```swift
    /// let cutoff = Date.now.addingTimeInterval(-7 * 24 * 3600)
    /// try await engine.removeJournaledRuns { run in
    ///     (run.state == .success || run.state == .reverted) && run.updated < cutoff
    /// }
    /// ```
    /// - Parameter shouldRemove: Whether to delete a run, given its summary.
    /// - Returns: The summaries of the runs deleted, oldest first.
    /// - Throws: What `shouldRemove` throws, or ``JournalError`` when the journal cannot be read or
    ///   a log cannot be deleted; the runs deleted before that stay deleted.
    @discardableResult
    public func removeJournaledRuns(where shouldRemove: (RunSummary) throws -> Bool) async throws -> [RunSummary] {
        var removed: [RunSummary] = []
        for run in try await options.journal.runs() where !activeRuns.isRunning(run.runID) {
            guard try shouldRemove(run) else { continue }
            do {
                try await options.journal.remove(run.runID)
            } catch JournalError.unknownRun {
                // Removed since it was listed (by another engine sharing the journal): gone either way.
                continue
            }
            removed.append(run)
        }
        return removed
    }
}
