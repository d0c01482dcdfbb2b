import PostgresNIO

/// The demo's own tables, in their own schema: Cinder's volume rows and its quota.
///
/// - `volumes`: one row per volume; `status` is `creating`, `available` or `error`; `host` is
///   the backend the scheduler picked; `backend_volume` what the driver made.
/// - `quota_usage`: per project, the limit and what is in use (committed reservations).
/// - `reservations`: quota held for one volume: `reserved`, then `committed`, and `released`
///   when the volume failed after its commit, or `rolled_back` when its API run failed before.
///   The reserved quota is the sum of the `reserved` ones.
enum DemoTables {
    /// The statements that create the tables, and the demo project's quota, unless they exist.
    static func statements(schema: String, gigabyteLimit: Int, volumeLimit: Int) -> [String] {
        [
            "CREATE SCHEMA IF NOT EXISTS \(schema)",
            """
            CREATE TABLE IF NOT EXISTS \(schema).volumes (
                id uuid PRIMARY KEY, name text NOT NULL, size int4 NOT NULL, project text NOT NULL,
                status text NOT NULL, host text, backend_volume text,
                created_at timestamptz NOT NULL DEFAULT clock_timestamp(), updated_at timestamptz)
            """,
            """
            CREATE TABLE IF NOT EXISTS \(schema).quota_usage (
                project text PRIMARY KEY, gigabyte_limit int4 NOT NULL, volume_limit int4 NOT NULL,
                gigabytes_in_use int4 NOT NULL DEFAULT 0, volumes_in_use int4 NOT NULL DEFAULT 0)
            """,
            """
            CREATE TABLE IF NOT EXISTS \(schema).reservations (
                id uuid PRIMARY KEY, project text NOT NULL, gigabytes int4 NOT NULL,
                status text NOT NULL, created_at timestamptz NOT NULL DEFAULT clock_timestamp())
            """,
            """
            INSERT INTO \(schema).quota_usage (project, gigabyte_limit, volume_limit)
            VALUES ('\(Demo.project)', \(gigabyteLimit), \(volumeLimit)) ON CONFLICT (project) DO NOTHING
            """,
        ]
    }
}
