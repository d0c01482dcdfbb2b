/// Durable runs: the scheduler of ``FlowRun`` with a journal behind its ledger, started fresh
/// or from a replayed history.
extension FlowRun {
    /// A run of `flow` whose ledger is `ledger` (with its recorder), whose task adapters run
    /// with ``FlowExecution/current`` set (inside the ledger's ``TaskExecutionScope``s, if any),
    /// and whose finished tasks are not scheduled again.
    init(durable flow: Flow<State, Context>, store: FlowStore<State>, context: Context, options: Engine.Options, ledger: RunLedger) {
        let runID = ledger.runID
        self.flowName = flow.name
        let tasks = flow.tasks.map { task in
            var task = task
            let execution = FlowExecution(runID: runID, task: task.name)
            let execute = task.execute
            task.execute = { store, context in
                try await FlowExecution.$current.withValue(execution) { try await execute(store, context) }
            }
            if let revert = task.revert {
                task.revert = { store, context, cause in
                    try await FlowExecution.$current.withValue(execution) { try await revert(store, context, cause) }
                }
            }
            return task
        }
        self.tasks = Self.scoped(tasks, runID: runID, flow: flow.name, listeners: ledger.listeners) ?? tasks
        self.executes = self.tasks.map(ExecuteAdapter.init)
        self.graph = flow.graph
        self.store = store
        self.context = context
        self.limit = options.maxConcurrency ?? Int.max
        self.scheduling = options.scheduling
        // Successors of finished tasks are one step closer to ready; unfinished sources and
        // tasks whose predecessors all finished are ready now.
        var waitingOn = flow.graph.inDegree
        for task in 0..<flow.tasks.count where ledger.taskStates[task] != .pending {
            for edge in graph.successorStart[task]..<graph.successorStart[task + 1] {
                waitingOn[graph.successors[edge]] -= 1
            }
        }
        let ready = ReadyQueue(
            taskCount: flow.tasks.count,
            initial: (0..<flow.tasks.count).filter { waitingOn[$0] == 0 && ledger.taskStates[$0] == .pending }
        )
        self.schedule = RunSchedule(ready: ready, waitingOn: waitingOn, ledger: ledger)
    }
}
