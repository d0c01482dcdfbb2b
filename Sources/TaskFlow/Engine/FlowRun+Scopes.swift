/// Tasks wrapped in the ``TaskExecutionScope``s among a run's listeners.
extension FlowRun {
    /// The tasks of a run with each execute and revert wrapped in every scope among
    /// `listeners` (the first listener outermost), or `nil` when no listener is a scope, so
    /// that such a run keeps the flow's own adapters. Called once per run, never per task.
    /// - Parameters:
    ///   - tasks: The flow's tasks, in the flow's order.
    ///   - runID: The run.
    ///   - flow: The flow's name.
    ///   - listeners: The run's listeners.
    /// - Returns: The wrapped tasks, or `nil` without scopes.
    @inlinable
    static func scoped(
        _ tasks: [FlowTask<State, Context>], runID: RunID, flow: String, listeners: [any FlowListener]
    ) -> [FlowTask<State, Context>]? {
        let scopes = listeners.compactMap { $0 as? any TaskExecutionScope }
        guard !scopes.isEmpty else { return nil }
        return tasks.enumerated().map { index, task in
            var task = task
            let execute = task.execute
            let executing = TaskInvocation(runID: runID, flow: flow, task: task.name, index: index, kind: .execute)
            task.execute = { store, context in
                try await within(scopes[...], executing) { try await execute(store, context) }
            }
            if let revert = task.revert {
                let reverting = TaskInvocation(runID: runID, flow: flow, task: task.name, index: index, kind: .revert)
                task.revert = { store, context, cause in
                    try await within(scopes[...], reverting) { try await revert(store, context, cause) }
                }
            }
            return task
        }
    }

    /// Runs `body` inside every scope of `scopes`, the first outermost.
    @inlinable
    nonisolated(nonsending) static func within(
        _ scopes: ArraySlice<any TaskExecutionScope>, _ invocation: TaskInvocation,
        _ body: nonisolated(nonsending) () async throws -> Void
    ) async throws {
        guard let outer = scopes.first else { return try await body() }
        try await outer.withScope(of: invocation) {
            try await within(scopes.dropFirst(), invocation, body)
        }
    }
}
