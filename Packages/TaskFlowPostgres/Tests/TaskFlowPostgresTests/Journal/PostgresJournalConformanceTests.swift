import TaskFlowJournalTesting
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct PostgresJournalConformanceTests {
    @Test(arguments: JournalConformance.checks)
    func postgresJournal(_ check: JournalConformance.Check) async throws {
        try await TestServer.withDatabase { database in
            try await check.run { PostgresJournal(database: database) }
        }
    }
}
