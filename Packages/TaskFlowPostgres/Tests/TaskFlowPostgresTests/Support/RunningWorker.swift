import Logging
import ServiceLifecycle
import TaskFlow
import TaskFlowPostgres

/// Quick timings for tests: a short lease, frequent heartbeats and polls.
func testWorkerConfiguration(name: String, concurrency: Int = 4) -> FlowWorker.Configuration {
    FlowWorker.Configuration(
        name: name, concurrency: concurrency, leaseDuration: .seconds(2), heartbeatInterval: .milliseconds(100),
        pollInterval: .milliseconds(100), rescueInterval: .milliseconds(200),
        backoff: Backoff(initial: .milliseconds(50), factor: 2, maximum: .seconds(1)))
}

/// Runs `worker` in a service group while `body` runs; then shuts it down gracefully and waits
/// for it to stop. `body` gets a closure that shuts it down earlier.
func withRunningWorker<Result: Sendable>(
    _ worker: FlowWorker,
    _ body: @Sendable (_ shutDown: @Sendable () async -> Void) async throws -> Result
) async throws -> Result {
    let group = ServiceGroup(services: [worker], logger: Logger(label: "test-worker"))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        let result = try await body { await group.triggerGracefulShutdown() }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return result
    }
}
