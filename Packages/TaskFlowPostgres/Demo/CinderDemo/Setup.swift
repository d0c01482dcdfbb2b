import ArgumentParser
import PostgresNIO

/// `cinder-demo setup`: installs the taskflow schema and the demo's tables, with the quota limit.
struct Setup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install the taskflow schema and the demo's tables (volumes, quota, reservations).")

    @OptionGroup var options: DemoOptions

    @Option(help: "The demo project's quota, in GB.")
    var gigabytes = 100

    @Option(help: "The demo project's quota, in volumes.")
    var volumes = 10

    func run() async throws {
        let (gigabytes, volumes) = (self.gigabytes, self.volumes)
        try await options.withContext { context in
            try await context.database.migrate()
            for statement in DemoTables.statements(schema: context.tables, gigabyteLimit: gigabytes, volumeLimit: volumes) {
                try await context.query(PostgresQuery(unsafeSQL: statement))
            }
            print("runs in schema \(context.database.schema), volumes and quota in schema \(context.tables); quota of project \(Demo.project): \(volumes) volumes, \(gigabytes) GB")
        }
    }
}
