import ArgumentParser
import Foundation
import TaskFlowPostgres

/// `taskflow-pg runs`: lists the runs on the job board.
struct Runs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the runs on the job board: state, attempts, owner, lease and last error.")

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Only the runs of this queue.")
    var queue: String?

    func run() async throws {
        let queue = self.queue
        let runs = try await connection.withBoard { try await $0.runs(queue: queue) }
        if runs.isEmpty {
            print(queue.map { "no runs in queue '\($0)'" } ?? "no runs on the board")
        } else {
            print(RunTable(runs: runs, now: Date()).text)
        }
    }
}
