import ArgumentParser
import TaskFlowPostgres

/// `taskflow-pg cancel RUN`: cancels a run, at once if it waits, through its worker if it runs.
struct Cancel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cancel a run: at once if it is waiting, through its worker if it is running.")

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The run's id, as `taskflow-pg runs` shows it.")
    var id: RunArgument

    func run() async throws {
        let runID = id.runID
        switch try await connection.withBoard({ try await $0.cancel(runID) }) {
        case .cancelled:
            print("run \(runID) cancelled; it will not be claimed")
        case .requested(let worker):
            print("cancellation of run \(runID) requested; \(worker.map { "its worker \($0)" } ?? "its worker")"
                + " cancels it at its next heartbeat")
        case .alreadyFinished(let state):
            print("run \(runID) had already finished: it is \(state); nothing changed")
        case .unknownRun:
            throw JobBoardError.unknownRun(runID)
        }
    }
}
