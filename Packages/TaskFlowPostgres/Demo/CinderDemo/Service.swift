import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import TaskFlowPostgres

/// `cinder-demo service api|scheduler|volume`: one of Cinder's services, as a `FlowWorker` on its
/// flow's queue. Runs until SIGTERM (or SIGINT), which hands its runs back to the board.
struct ServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Run a service: a worker for volume_create_api (api), volume_create_scheduler (scheduler) or volume_create_manager (volume).")

    /// The services, by the queue each works.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case api, scheduler, volume
    }

    @OptionGroup var options: DemoOptions

    @Argument(help: "Which service: api, scheduler or volume.")
    var kind: Kind

    @Option(help: "The service's name on the board (locked_by); unique per process.")
    var name: String?

    @Option(help: "The most runs the service works on at once.")
    var concurrency = 4

    func run() async throws {
        let name = self.name ?? "\(kind.rawValue)-\(ProcessInfo.processInfo.processIdentifier)"
        let client = PostgresClient(configuration: try options.configuration())
        let context = try options.context(client: client, service: name)
        var registry = FlowRegistry()
        let queue: String
        switch kind {
        case .api:
            registry.register(VolumeCreateAPI.sharedFlow, context: context)
            queue = Demo.apiQueue
        case .scheduler:
            registry.register(VolumeCreateScheduler.sharedFlow, context: context)
            queue = Demo.schedulerQueue
        case .volume:
            registry.register(VolumeCreateManager.sharedFlow, context: context)
            queue = Demo.volumeQueue
        }
        let worker = FlowWorker(
            database: context.database, registry: registry,
            configuration: FlowWorker.Configuration(
                queues: [queue], name: name, concurrency: max(concurrency, 1), leaseDuration: .seconds(2),
                heartbeatInterval: .milliseconds(500), pollInterval: .milliseconds(250),
                rescueInterval: .milliseconds(500),
                backoff: Backoff(initial: .milliseconds(200), factor: 2, maximum: .seconds(2))))
        var logger = Logger(label: "cinder-demo.\(name)")
        logger.logLevel = .notice
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: client),
                    .init(service: worker, successTerminationBehavior: .gracefullyShutdownGroup),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        emit("[\(name)] \(kind.rawValue) service working queue '\(queue)' (\(registry.names.joined(separator: ", "))), \(max(concurrency, 1)) at a time, lease 2 s")
        try await group.run()
        emit("[\(name)] stopped")
    }
}
