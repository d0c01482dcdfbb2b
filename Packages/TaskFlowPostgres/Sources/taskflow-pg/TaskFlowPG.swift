import ArgumentParser

/// `taskflow-pg`: installs the schema of a PostgreSQL deployment of swift-taskflow and shows and
/// steers its runs.
@main
struct TaskFlowPG: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taskflow-pg",
        abstract: "Install the taskflow schema in PostgreSQL, and show and steer the runs on its job board.",
        subcommands: [Migrate.self, Runs.self, Cancel.self, Retry.self])
}
