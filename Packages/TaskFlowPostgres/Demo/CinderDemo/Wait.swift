import ArgumentParser
import Foundation
import PostgresNIO

/// `cinder-demo wait`: waits until every run of the demo's queues has finished, or with
/// `--manager-running-on NAME` until a run of `volume_create_manager` runs on that service.
struct Wait: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Wait until no run of the demo's queues is available or running.")

    @Option(help: "Wait instead until a run of volume_create_manager is running on this service (locked_by); print its run id and volume.")
    var managerRunningOn: String?

    @OptionGroup var options: DemoOptions

    @Option(help: "Give up after this many seconds (exit status 1).")
    var timeout: Double = 60

    func run() async throws {
        let (timeout, service) = (self.timeout, managerRunningOn)
        let finished = try await options.withContext { context in
            let deadline = Date().addingTimeInterval(timeout)
            repeat {
                if let service {
                    if let found = try await managerRun(on: service, context) {
                        print("manager run \(found.runID.uuidString.lowercased()) (volume \(found.volume)) is running on \(service)")
                        return true
                    }
                } else if try await openRuns(context) == 0 {
                    return true
                }
                try await Task.sleep(for: .milliseconds(service == nil ? 200 : 50))
            } while Date() < deadline
            return false
        }
        guard finished else {
            print(service.map { "no run of volume_create_manager ran on \($0) within \(timeout) s" }
                ?? "runs still open after \(timeout) s")
            throw ExitCode.failure
        }
    }
}

/// How many runs of the demo's queues are available or running.
func openRuns(_ context: CinderContext) async throws -> Int64 {
    try await context.query(
        """
        SELECT count(*)::int8 FROM \(unescaped: context.database.schema.runs)
        WHERE queue = ANY(\(Demo.queues)) AND board_state IN ('available', 'running')
        """
    ).first?.decode(Int64.self) ?? 0
}

/// A run of `volume_create_manager` running on `service`: its id and its volume's id.
func managerRun(on service: String, _ context: CinderContext) async throws -> (runID: UUID, volume: String)? {
    let flow = VolumeCreateManager.sharedFlow.name
    guard let row = try await context.query(
        """
        SELECT run_id, coalesce(convert_from(initial_state, 'UTF8')::jsonb #>> '{request_spec,volumeID}', '?')
        FROM \(unescaped: context.database.schema.runs)
        WHERE flow = \(flow) AND board_state = 'running' AND locked_by = \(service)
        ORDER BY run_id LIMIT 1
        """
    ).first else { return nil }
    let (runID, volume) = try row.decode((UUID, String).self)
    return (runID, volume.lowercased())
}
