/// A journal did not behave as ``JournalConformance`` expects: which check, and what happened
/// instead.
public struct JournalConformanceFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The check that failed.
    public var check: String
    /// What was expected and what happened instead.
    public var problem: String

    /// A failure of `check`.
    /// - Parameters:
    ///   - check: The check's name.
    ///   - problem: What was expected and what happened instead.
    public init(check: String, problem: String) {
        self.check = check
        self.problem = problem
    }

    public var description: String { "journal check '\(check)' failed: \(problem)" }
}
