import PostgresNIO
import TaskFlowPostgres
import Testing

@Suite(TestServer.required)
struct SchemaTests {
    @Test func migratingTwiceInstallsOnceAndThenDoesNothing() async throws {
        try await TestServer.withDatabase { database in
            let again = try await database.migrate()
            #expect(again.from == again.to)
            try await database.checkSchema()
        }
    }

    @Test func aMissingSchemaIsRefusedNamingMigrate() async throws {
        try await TestServer.withClient { client in
            let database = TaskFlowDatabase(client: client, schema: try TaskFlowSchema("never_installed"))
            let error = await #expect(throws: SchemaError.self) { try await database.checkSchema() }
            #expect(error == .missing(schema: "never_installed"))
            #expect(error.map { "\($0)" }?.contains("taskflow-pg migrate") == true)
        }
    }

    @Test func aSchemaOfAnotherVersionIsRefusedNamingMigrate() async throws {
        try await TestServer.withDatabase { database in
            try await database.client.query(
                PostgresQuery(unsafeSQL: "INSERT INTO \(database.schema.versions) (version) VALUES (99)"))
            let error = await #expect(throws: SchemaError.self) { try await database.checkSchema() }
            #expect(error.map { "\($0)" }?.contains("taskflow-pg migrate") == true)
            await #expect(throws: SchemaError.self) { try await database.migrate() }
        }
    }

    @Test(arguments: ["", "Upper", "1st", "semi;colon", String(repeating: "a", count: 49)])
    func aNameThatIsNotAPlainIdentifierIsRefused(_ name: String) {
        #expect(throws: SchemaError.invalidName(name)) { try TaskFlowSchema(name) }
    }
}
