import Foundation
import PostgresNIO
import TaskFlow

/// Posting runs: one row on the board, available from its `run_at`, and a `NOTIFY` that wakes
/// idle workers listening on the run's queue.
extension JobBoard {
    /// Posts a run of the flow named `flowName`, in a transaction of its own.
    /// - Parameters:
    ///   - flowName: The flow's name (``Flow/name``): what a worker looks the flow up by.
    ///   - state: The run's initial state, encoded with a default `JSONEncoder` as durable runs
    ///     encode it.
    ///   - runID: The run's id; a new one unless given.
    ///   - queue: The queue workers claim the run from.
    ///   - priority: Smaller runs first among the runs due; `0` unless given, may be negative.
    ///   - runAt: When the run becomes claimable; at once (the database's clock) unless given.
    ///   - maxAttempts: How many claims the run gets before it is discarded; at least 1.
    /// - Returns: The run's id.
    /// - Throws: ``JobBoardError/runExists(_:)`` when the id is taken, ``DatabaseError`` when
    ///   the database fails, or the encoder's error.
    @discardableResult
    public func post(
        flowNamed flowName: String, state: some Encodable & Sendable, runID: RunID = RunID(),
        queue: String = "default", priority: Int16 = 0, runAt: Date? = nil, maxAttempts: Int = 20
    ) async throws -> RunID {
        let query = try postQuery(
            flowName: flowName, state: state, runID: runID, queue: queue, priority: priority,
            runAt: runAt, maxAttempts: maxAttempts)
        let rows = try await rows(query, while: "posting run \(runID)")
        guard !rows.isEmpty else { throw JobBoardError.runExists(runID) }
        return runID
    }

    /// Posts a run of the flow named `flowName` on `connection`, inside the caller's transaction:
    /// the run becomes claimable, and idle workers are woken, only if that transaction commits.
    ///
    /// ```swift
    /// try await client.withTransaction(logger: logger) { connection in
    ///     try await orders.insert(order, on: connection)
    ///     try await board.post(flowNamed: "ship", state: order, on: connection)
    /// }
    /// ```
    /// - Parameters:
    ///   - flowName: The flow's name (``Flow/name``).
    ///   - state: The run's initial state, encoded with a default `JSONEncoder`.
    ///   - runID: The run's id; a new one unless given.
    ///   - queue: The queue workers claim the run from.
    ///   - priority: Smaller runs first among the runs due.
    ///   - runAt: When the run becomes claimable; at once unless given.
    ///   - maxAttempts: How many claims the run gets before it is discarded; at least 1.
    ///   - connection: A connection inside the caller's transaction.
    /// - Returns: The run's id.
    /// - Throws: ``JobBoardError/runExists(_:)`` when the id is taken (throw it on, so that the
    ///   transaction rolls back), ``DatabaseError`` when the statement fails.
    @discardableResult
    public func post(
        flowNamed flowName: String, state: some Encodable & Sendable, runID: RunID = RunID(),
        queue: String = "default", priority: Int16 = 0, runAt: Date? = nil, maxAttempts: Int = 20,
        on connection: PostgresConnection
    ) async throws -> RunID {
        let query = try postQuery(
            flowName: flowName, state: state, runID: runID, queue: queue, priority: priority,
            runAt: runAt, maxAttempts: maxAttempts)
        let posted: Bool
        do {
            posted = try await connection.query(query, logger: database.logger).collect().isEmpty == false
        } catch {
            throw DatabaseError.wrapping(error, while: "posting run \(runID)")
        }
        guard posted else { throw JobBoardError.runExists(runID) }
        return runID
    }

    /// Posts a run of `flow`, in a transaction of its own.
    /// - Parameters:
    ///   - flow: The flow; the run is posted under its ``Flow/name``.
    ///   - state: The run's initial state, encoded with a default `JSONEncoder`.
    ///   - runID: The run's id; a new one unless given.
    ///   - queue: The queue workers claim the run from.
    ///   - priority: Smaller runs first among the runs due.
    ///   - runAt: When the run becomes claimable; at once unless given.
    ///   - maxAttempts: How many claims the run gets before it is discarded; at least 1.
    /// - Returns: The run's id.
    /// - Throws: ``JobBoardError/runExists(_:)`` when the id is taken, ``DatabaseError`` when
    ///   the database fails, or the encoder's error.
    @discardableResult
    public func post<State: Encodable & Sendable, Context>(
        _ flow: Flow<State, Context>, state: State, runID: RunID = RunID(),
        queue: String = "default", priority: Int16 = 0, runAt: Date? = nil, maxAttempts: Int = 20
    ) async throws -> RunID {
        try await post(
            flowNamed: flow.name, state: state, runID: runID, queue: queue, priority: priority,
            runAt: runAt, maxAttempts: maxAttempts)
    }

    /// Posts a run of `flow` on `connection`, inside the caller's transaction, as
    /// ``post(flowNamed:state:runID:queue:priority:runAt:maxAttempts:on:)`` does: the run
    /// becomes claimable only if that transaction commits.
    /// - Parameters:
    ///   - flow: The flow; the run is posted under its ``Flow/name``.
    ///   - state: The run's initial state, encoded with a default `JSONEncoder`.
    ///   - runID: The run's id; a new one unless given.
    ///   - queue: The queue workers claim the run from.
    ///   - priority: Smaller runs first among the runs due.
    ///   - runAt: When the run becomes claimable; at once unless given.
    ///   - maxAttempts: How many claims the run gets before it is discarded; at least 1.
    ///   - connection: A connection inside the caller's transaction.
    /// - Returns: The run's id.
    /// - Throws: ``JobBoardError/runExists(_:)`` when the id is taken, ``DatabaseError`` when
    ///   the statement fails.
    @discardableResult
    public func post<State: Encodable & Sendable, Context>(
        _ flow: Flow<State, Context>, state: State, runID: RunID = RunID(),
        queue: String = "default", priority: Int16 = 0, runAt: Date? = nil, maxAttempts: Int = 20,
        on connection: PostgresConnection
    ) async throws -> RunID {
        try await post(
            flowNamed: flow.name, state: state, runID: runID, queue: queue, priority: priority,
            runAt: runAt, maxAttempts: maxAttempts, on: connection)
    }

    /// One statement: the row, unless the id exists, and a notification on the run's queue only
    /// when the row was written. Notifications are sent when the transaction commits.
    private func postQuery(
        flowName: String, state: some Encodable, runID: RunID, queue: String, priority: Int16,
        runAt: Date?, maxAttempts: Int
    ) throws -> PostgresQuery {
        precondition(maxAttempts >= 1, "a run needs at least one attempt")
        let initialState = try JSONEncoder().encode(state)
        let channel = database.schema.channel
        return try """
            WITH posted AS (
                INSERT INTO \(unescaped: runs)
                    (run_id, flow, initial_state, board_state, queue, priority, run_at, max_attempts)
                VALUES (\(runID.uuid), \(flowName), \(initialState), 'available', \(queue), \(Int(priority))::int2,
                        coalesce(\(runAt)::timestamptz, now()), \(maxAttempts)::int4)
                ON CONFLICT (run_id) DO NOTHING
                RETURNING queue)
            SELECT pg_notify(\(channel), queue)::text FROM posted
            """
    }
}
