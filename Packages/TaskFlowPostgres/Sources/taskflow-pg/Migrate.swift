import ArgumentParser

/// `taskflow-pg migrate`: installs the schema, or upgrades it to this release's version.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install the schema, or upgrade it to this release's version.")

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let (from, to) = try await connection.withDatabase { try await $0.migrate() }
        let schema = connection.schema
        switch (from, to) {
        case (0, _): print("schema '\(schema)' installed at version \(to)")
        case _ where from == to: print("schema '\(schema)' is already at version \(to)")
        default: print("schema '\(schema)' upgraded from version \(from) to \(to)")
        }
    }
}
