import TaskFlow

extension JournalConformance {
    /// One behaviour of a journal, checked against journals that a test makes.
    public struct Check: Sendable, CustomStringConvertible {
        /// A journal to check: each call may return a new one, or the same one again.
        public typealias MakeJournal = @Sendable () async throws -> any FlowJournal

        /// What the check shows, in a few words: how a test report names it.
        public let name: String
        private let body: @Sendable (MakeJournal) async throws -> Void

        /// A check named `name` that runs `body`.
        /// - Parameters:
        ///   - name: What the check shows.
        ///   - body: Makes journals with the closure it is given and throws a
        ///     ``JournalConformanceFailure`` when one misbehaves.
        public init(_ name: String, _ body: @escaping @Sendable (MakeJournal) async throws -> Void) {
            self.name = name
            self.body = body
        }

        /// Runs the check.
        /// - Parameter makeJournal: Makes the journal (or journals) to check.
        /// - Throws: ``JournalConformanceFailure`` when the journal does not behave, or what the
        ///   journal threw where it was expected to succeed.
        public func run(_ makeJournal: @escaping MakeJournal) async throws {
            try await body(makeJournal)
        }

        public var description: String { name }
    }
}
