import TaskFlow
import TaskFlowPostgres

extension TaskFlowDatabase {
    /// Waits until the board shows `runID` satisfying `condition`, for `timeout` at most.
    /// - Returns: The run as the board showed it last.
    @discardableResult
    func waitForRun(
        _ runID: RunID, timeout: Duration = .seconds(20), until condition: (BoardRun) -> Bool
    ) async throws -> BoardRun? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var run = try await boardRun(runID)
        while clock.now < deadline, !(run.map(condition) ?? false) {
            try await Task.sleep(for: .milliseconds(20))
            run = try await boardRun(runID)
        }
        return run
    }
}
