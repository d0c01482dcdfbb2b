import TaskFlow

/// Behaviour every ``TaskFlow/FlowJournal`` must show, as checks a test suite runs against its
/// own journal.
///
/// Each check makes the journals it needs with the closure it is given, writes to them directly
/// or through an `Engine`, and throws a ``JournalConformanceFailure`` describing the first thing
/// that went wrong. Run them all, one test per check, with Swift Testing:
///
/// ```swift
/// @Test(arguments: JournalConformance.checks)
/// func conforms(_ check: JournalConformance.Check) async throws {
///     try await check.run { MyJournal() }
/// }
/// ```
///
/// Checks only look at the runs they start themselves, so a journal shared with other runs (or
/// with the other checks, running at the same time) passes as well as an empty one.
public enum JournalConformance {
    /// Every check, the journal's own records first and durable runs through an engine after.
    public static let checks: [Check] = recordChecks + engineChecks
}
