/// One step that brings the schema from the previous version to ``version``.
struct SchemaMigration: Sendable {
    /// The version the schema is at once this step has run.
    var version: Int
    /// The statements, in order, for a given schema.
    var statements: @Sendable (TaskFlowSchema) -> [String]
}

extension SchemaMigration {
    /// Every migration, oldest first; the last one's version is the version this library needs.
    static let all: [SchemaMigration] = [.version1]

    /// The version this library reads and writes.
    static var current: Int { all.last!.version }

    /// Version 1: runs and records.
    ///
    /// One row of `runs` per run serves both the journal (its header, the next sequence number,
    /// the flow's last state) and the job board (queue, schedule, attempts, the lease), so that a
    /// claim sets the lease token on the very row every journal write checks. `records` holds the
    /// journal after the header, keyed by `(run_id, seq)`: an append is accepted only at the run's
    /// next sequence number and under its current lease, so a retried append cannot land twice
    /// and a worker that lost its lease cannot write.
    static let version1 = SchemaMigration(version: 1) { schema in
        [
            "CREATE SCHEMA IF NOT EXISTS \(schema.name)",
            """
            CREATE TABLE \(schema.runs) (
                run_id uuid PRIMARY KEY,
                flow text NOT NULL,
                header bytea,
                started float8,
                initial_state bytea,
                next_seq int8 NOT NULL DEFAULT 1,
                flow_state text NOT NULL DEFAULT 'pending',
                updated_at timestamptz NOT NULL DEFAULT now(),
                board_state text CHECK (board_state IN ('available', 'running', 'done', 'discarded', 'cancelled')),
                queue text NOT NULL DEFAULT 'default',
                priority int2 NOT NULL DEFAULT 0,
                run_at timestamptz NOT NULL DEFAULT now(),
                attempt int4 NOT NULL DEFAULT 0,
                max_attempts int4 NOT NULL DEFAULT 20 CHECK (max_attempts >= 1),
                cancel_requested bool NOT NULL DEFAULT false,
                lease_token uuid,
                locked_by text,
                lease_expires timestamptz,
                last_error text,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX runs_claim ON \(schema.runs) (queue, priority, run_at) WHERE board_state = 'available'",
            "CREATE INDEX runs_leases ON \(schema.runs) (lease_expires) WHERE board_state = 'running'",
            "CREATE INDEX runs_listing ON \(schema.runs) (started) WHERE header IS NOT NULL",
            """
            CREATE TABLE \(schema.records) (
                run_id uuid NOT NULL REFERENCES \(schema.runs) ON DELETE CASCADE,
                seq int8 NOT NULL,
                kind int2 NOT NULL CHECK (kind IN (2, 3, 4)),
                task int4,
                state text,
                message text,
                data bytea,
                PRIMARY KEY (run_id, seq)
            )
            """,
        ]
    }
}
