/// An error read back from a journal: only its description survives the process.
public struct RecordedError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the error said when it was recorded.
    public var description: String

    /// Creates a recorded error.
    /// - Parameter description: What the error said.
    public init(description: String) {
        self.description = description
    }
}

/// A task was running when its run was interrupted, and the run then had to revert: the task
/// counts as failed, so that its revert is called.
public struct InterruptedTaskError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The task.
    public var task: String

    /// Creates the error.
    /// - Parameter task: The task that was interrupted.
    public init(task: String) {
        self.task = task
    }

    public var description: String {
        "task '\(task)' was interrupted and its run is reverting"
    }
}

/// A durable run stopped because ``Engine/suspend(_:)`` asked it to; resume it with
/// ``Engine/resume(_:runID:context:)``.
public struct RunSuspended: Error, Sendable, Hashable, CustomStringConvertible {
    /// The run, recorded as `suspended` in the journal.
    public var runID: RunID

    /// Creates the error.
    /// - Parameter runID: The suspended run.
    public init(runID: RunID) {
        self.runID = runID
    }

    public var description: String { "run \(runID) was suspended; resume it to continue" }
}
