/// An error together with the task that threw it.
public struct TaskError: Error, Sendable, CustomStringConvertible {
    /// The task that threw, or `nil` when the error did not come from a task (cancellation of
    /// the run itself).
    public var task: String?
    /// What was thrown.
    public var error: any Error

    /// Creates a task error.
    public init(task: String?, error: any Error) {
        self.task = task
        self.error = error
    }

    public var description: String {
        if let task { "\(task): \(error)" } else { "\(error)" }
    }
}
