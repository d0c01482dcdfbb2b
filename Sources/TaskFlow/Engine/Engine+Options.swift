extension Engine {
    /// How an ``Engine`` runs flows.
    public struct Options: Sendable {
        /// Receive every transition of every run, in order. With none, no event is built.
        public var listeners: [any FlowListener]
        /// The most tasks of one run executing at once; `nil` for no limit. At least 1.
        public var maxConcurrency: Int? {
            didSet { precondition((maxConcurrency ?? 1) >= 1, "maxConcurrency must be at least 1") }
        }

        /// Where durable runs record their progress (see `Docs/Durability.md`); runs of other
        /// flows never touch it.
        public var journal: any FlowJournal

        /// How a run with several tasks ready at once adds workers; the defaults rarely need
        /// changing.
        public var scheduling: Scheduling

        /// Creates options.
        /// - Parameters:
        ///   - listeners: Receive every transition of every run.
        ///   - maxConcurrency: The most tasks of one run executing at once; `nil` for no limit.
        ///   - journal: Where durable runs record their progress; in memory by default.
        ///   - scheduling: How a run with several tasks ready at once adds workers.
        public init(
            listeners: [any FlowListener] = [], maxConcurrency: Int? = nil,
            journal: any FlowJournal = InMemoryJournal(), scheduling: Scheduling = Scheduling()
        ) {
            precondition((maxConcurrency ?? 1) >= 1, "maxConcurrency must be at least 1")
            self.listeners = listeners
            self.maxConcurrency = maxConcurrency
            self.journal = journal
            self.scheduling = scheduling
        }
    }
}
