import Foundation
import TaskFlow
import TaskFlowJournalTesting
import Testing

@Suite("Journal conformance")
struct JournalConformanceTests {
    @Test(arguments: JournalConformance.checks)
    func inMemoryJournal(_ check: JournalConformance.Check) async throws {
        try await check.run { InMemoryJournal() }
    }

    @Test(arguments: JournalConformance.checks)
    func fileJournal(_ check: JournalConformance.Check) async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try await check.run { try FileJournal(directory: directory.url) }
    }
}
