import ArgumentParser

/// `cinder-demo`: Cinder's create-volume as three services — API, scheduler, volume manager —
/// that hand each volume on through a PostgreSQL job board, with the volumes and the quota in
/// the same database.
@main
struct CinderDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cinder-demo",
        abstract: "Cinder's create-volume flows as separate services over a PostgreSQL job board.",
        subcommands: [Setup.self, ServiceCommand.self, Create.self, Status.self, Wait.self])
}
