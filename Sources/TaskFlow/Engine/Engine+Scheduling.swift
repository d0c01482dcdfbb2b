extension Engine {
    /// How the worker pool of a run with tasks ready at once decides to add workers.
    ///
    /// A pool starts with one worker, which runs ready tasks one after the other. When more
    /// tasks are ready than workers are on their way to take, the pool watches its workers for
    /// ``firstWatch``: if they end tasks faster than one per ``quickTask``, more workers would
    /// only contend for the run's lock, so it lets them be and watches twice as long the next
    /// time (up to ``longestWatch``); otherwise — tasks that take time, or suspend — it starts
    /// a worker per ready task, up to ``Options/maxConcurrency``. These values tune speed only:
    /// whatever they are, every ready task runs and every transition is recorded in order.
    public struct Scheduling: Sendable, Hashable {
        /// How long the pool watches its workers before adding more, at first.
        public var firstWatch: Duration
        /// The longest it watches them, while they keep up.
        public var longestWatch: Duration
        /// The time per task below which the workers keep up: handing a task to another worker
        /// would cost more than it saves.
        public var quickTask: Duration

        /// Creates scheduling values; the defaults suit tasks from a microsecond to seconds.
        /// - Parameters:
        ///   - firstWatch: How long the pool watches its workers before adding more, at first.
        ///   - longestWatch: The longest it watches them, while they keep up.
        ///   - quickTask: The time per task below which the workers keep up.
        public init(
            firstWatch: Duration = .microseconds(50), longestWatch: Duration = .milliseconds(1),
            quickTask: Duration = .microseconds(5)
        ) {
            precondition(firstWatch > .zero && longestWatch >= firstWatch, "watches must be positive, the longest no shorter than the first")
            self.firstWatch = firstWatch
            self.longestWatch = longestWatch
            self.quickTask = quickTask
        }
    }
}
