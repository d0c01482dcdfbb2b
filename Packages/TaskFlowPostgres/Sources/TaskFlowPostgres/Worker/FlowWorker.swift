import Logging
import ServiceLifecycle
import TaskFlow

/// A service that works a job board: it claims runs of the flows it knows, starts or resumes
/// each from the shared journal, keeps its lease alive while the run goes on, and tells the board
/// how the run ended.
///
/// Run several, in as many processes and machines as you like: a run is held by one worker at a
/// time, and when its worker dies, another resumes it from the journal once its lease expires
/// (tasks recorded as finished do not run again). On graceful shutdown (a `ServiceGroup`'s
/// SIGTERM) the worker claims nothing more, suspends every run it holds, and hands each back to
/// the board for another worker to resume at once; it never reverts a run because it stops.
///
/// How a run's ending reaches the board:
/// - it succeeded, or failed and was reverted: the run is done (a failure's text is its last
///   error);
/// - a fault stopped it (the database, the journal): it is tried again after a backoff, up to its
///   maximum number of attempts, then discarded with its last error;
/// - its lease was lost (a pause longer than the lease, a network partition): the worker stops
///   it and leaves it to the worker that holds it now; the journal refuses its writes anyway;
/// - the board asked to cancel it: it is cancelled, so it reverts, and is marked cancelled.
public struct FlowWorker: Service {
    /// The database that holds the board and the journal.
    public let database: TaskFlowDatabase
    /// The flows this worker runs.
    public let registry: FlowRegistry
    /// How it claims and runs.
    public let configuration: Configuration

    /// A worker for the flows in `registry`.
    /// - Parameters:
    ///   - database: The database that holds the board and the journal; its client must run.
    ///   - registry: The flows this worker runs; runs of other flows are left to other workers.
    ///   - configuration: Queues, concurrency, lease and polling.
    public init(database: TaskFlowDatabase, registry: FlowRegistry, configuration: Configuration = Configuration()) {
        self.database = database
        self.registry = registry
        self.configuration = configuration
    }

    /// Works the board until the task is cancelled or a graceful shutdown is asked for.
    /// - Throws: ``SchemaError`` when the schema is missing or at another version, before
    ///   claiming anything.
    public func run() async throws {
        try await database.checkSchema()
        let board = JobBoard(database: database)
        let held = HeldRuns()
        let (wakeUps, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask { await rescueExpiredLeases(board) }
                group.addTask {
                    await forwardWakeUps(board, to: wake)
                    wake.finish()
                }
                for await _ in wakeUps {
                    let free = configuration.concurrency - held.count
                    guard free > 0 else { continue }
                    for claimed in await claim(board, limit: free) {
                        // Held before the next wake-up counts what is free.
                        guard let (flow, engine) = hold(claimed, held: held) else {
                            group.addTask { await settle(.abandon, lease: claimed.lease, board: board) }
                            continue
                        }
                        group.addTask {
                            await work(claimed, flow: flow, engine: engine, board: board, held: held)
                            wake.yield()
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            held.suspendAll()
        }
    }

    /// Claims up to `limit` runs of the registered flows; none when the database fails.
    private func claim(_ board: JobBoard, limit: Int) async -> [ClaimedRun] {
        do {
            return try await board.claim(
                queues: configuration.queues, flows: registry.names, worker: configuration.name, limit: limit,
                leaseDuration: configuration.leaseDuration)
        } catch {
            database.logger.warning("claiming runs failed", metadata: ["error": "\(error)"])
            return []
        }
    }

    /// Yields on every chance of a claimable run until a graceful shutdown.
    private func forwardWakeUps(_ board: JobBoard, to wake: AsyncStream<Void>.Continuation) async {
        let wakeUps = board.wakeUps(queues: configuration.queues, pollInterval: configuration.pollInterval)
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            wake.yield()
        }
    }

    /// Hands runs whose worker stopped heartbeating back to the board, until a graceful shutdown.
    private func rescueExpiredLeases(_ board: JobBoard) async {
        while true {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: configuration.rescueInterval) }
            } catch {
                return
            }
            do {
                _ = try await board.rescueExpiredLeases()
            } catch {
                database.logger.warning("rescuing expired leases failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Holds a claimed run with the engine that will run it, journaling under its lease.
    /// - Returns: `nil` when the run must be handed back unrun: this worker is shutting down, or
    ///   does not know the run's flow.
    private func hold(_ claimed: ClaimedRun, held: HeldRuns) -> (RegisteredFlow, Engine)? {
        guard let flow = registry.flow(named: claimed.flow) else { return nil }
        var options = configuration.engineOptions
        options.journal = PostgresJournal(
            checkedDatabase: database, syncPolicy: configuration.syncPolicy, lease: claimed.lease)
        let engine = Engine(options: options)
        guard held.hold(claimed.runID, engine: engine) else { return nil }
        return (flow, engine)
    }

    /// Runs one held run to its end and settles it with the board.
    private func work(
        _ claimed: ClaimedRun, flow: RegisteredFlow, engine: Engine, board: JobBoard, held: HeldRuns
    ) async {
        let lease = claimed.lease
        let run = Task { () async -> Result<Void, FlowFailure> in
            do throws(FlowFailure) {
                try await flow.drive(engine, lease.runID, claimed.initialState, claimed.hasStarted)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        let heartbeat = Task { await keepAlive(lease, board: board, held: held, run: run) }
        // Stopping this worker hands the run over; it never reverts it.
        let ending = await withTaskCancellationHandler {
            await run.value
        } onCancel: {
            engine.suspend(lease.runID)
        }
        heartbeat.cancel()
        let (leaseLost, cancelRequested) = held.release(lease.runID)
        let settlement = BoardSettlement(ending: ending, leaseLost: leaseLost, cancelRequested: cancelRequested)
        // The append that journaled a run's success completed it on the board; a run resumed
        // after it had already succeeded wrote nothing, and is completed here.
        if case .success = ending, !claimed.hasStarted { return }
        // Settled even when this worker is being cancelled: the board must hear of it.
        await Task { await settle(settlement, lease: lease, board: board) }.value
    }

    /// Extends `lease` every heartbeat interval while `run` goes on; cancels the run when the
    /// board asks to, and suspends it when the lease is lost (or may be: the database did not
    /// answer for longer than the lease).
    private func keepAlive(
        _ lease: RunLease, board: JobBoard, held: HeldRuns, run: Task<Result<Void, FlowFailure>, Never>
    ) async {
        let clock = ContinuousClock()
        var extended = clock.now
        while true {
            do {
                try await Task.sleep(for: configuration.heartbeatInterval)
            } catch {
                return
            }
            do {
                switch try await board.heartbeat(lease, leaseDuration: configuration.leaseDuration) {
                case .extended:
                    extended = clock.now
                case .cancelRequested:
                    extended = clock.now
                    held.cancelRequested(lease.runID)
                    run.cancel()
                case .lost:
                    held.leaseLost(lease.runID)
                    return
                }
            } catch {
                database.logger.warning(
                    "extending a lease failed", metadata: ["run": "\(lease.runID)", "error": "\(error)"])
                if clock.now - extended >= configuration.leaseDuration - configuration.heartbeatInterval {
                    held.leaseLost(lease.runID)
                    return
                }
            }
        }
    }

    /// Tells the board how a run ended; a failure here is logged, and the lease's expiry settles
    /// the run later (a rescue, then a resume that finds it finished).
    private func settle(_ settlement: BoardSettlement, lease: RunLease, board: JobBoard) async {
        do {
            switch settlement {
            case .complete(let lastError): try await board.complete(lease, lastError: lastError)
            case .cancelled: try await board.acknowledgeCancellation(lease)
            case .fail(let error): try await board.fail(lease, error: error, backoff: configuration.backoff)
            case .discard(let error): try await board.discard(lease, error: error)
            case .abandon: try await board.abandon(lease)
            case .leave: break
            }
        } catch {
            database.logger.warning(
                "settling a run with the board failed", metadata: ["run": "\(lease.runID)", "error": "\(error)"])
        }
    }
}
