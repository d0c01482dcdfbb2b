import ArgumentParser
import TaskFlowPostgres

/// `taskflow-pg retry RUN`: puts a discarded or cancelled run back on the board.
struct Retry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put a discarded or cancelled run back on the board, with all its attempts.")

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The run's id, as `taskflow-pg runs` shows it.")
    var id: RunArgument

    func run() async throws {
        let runID = id.runID
        switch try await connection.withBoard({ try await $0.retry(runID) }) {
        case .retried:
            print("run \(runID) is available again, with all its attempts")
        case .notRetryable(let state):
            throw CommandFailure(
                description: "run \(runID) is \(state): only discarded or cancelled runs can be retried")
        case .unknownRun:
            throw JobBoardError.unknownRun(runID)
        }
    }
}
