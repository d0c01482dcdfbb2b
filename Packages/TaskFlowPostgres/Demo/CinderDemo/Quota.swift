import Foundation
import PostgresNIO
import TaskFlow

// The quota tasks of `volume_create_api` (Cinder's QuotaReserveTask and QuotaCommitTask). Each
// effect is a guarded change of a reservation's status, so that running it again changes nothing:
// reserved → committed → released, or reserved → rolled_back.

/// Reserves `spec.size` GB and one volume of the project's quota, unless that is more than is free.
///
/// The reservation's id is derived from the task's idempotency key: a second attempt finds the
/// first one's reservation and returns it.
///
/// - Task: reserve_quota
///   - provides: reservation
///   - revert: rollbackQuota
func reserveQuota(context: CinderContext, spec: VolumeSpec) async throws -> Reservation {
    let execution = try currentExecution("reserve_quota")
    let reservation = Reservation(
        id: derivedID(execution.idempotencyKey), project: spec.project, gigabytes: spec.size)
    let tables = context.tables
    let logger = context.database.logger
    // The quota row is locked for the transaction: concurrent reservations queue behind it.
    let free: Int? = try await context.client.withTransaction(logger: logger) { connection in
        let quota = try await connection.query(
            """
            SELECT gigabyte_limit - gigabytes_in_use, volume_limit - volumes_in_use
            FROM \(unescaped: tables).quota_usage WHERE project = \(reservation.project) FOR UPDATE
            """, logger: logger
        ).collect()
        guard let quotaRow = quota.first else { return 0 }
        let (gigabytesLeft, volumesLeft) = try quotaRow.decode((Int32, Int32).self)
        let existing = try await connection.query(
            "SELECT 1::int4 FROM \(unescaped: tables).reservations WHERE id = \(reservation.id)", logger: logger
        ).collect()
        guard existing.isEmpty else { return nil }
        let heldRows = try await connection.query(
            """
            SELECT coalesce(sum(gigabytes), 0)::int4, count(*)::int4 FROM \(unescaped: tables).reservations
            WHERE project = \(reservation.project) AND status = 'reserved'
            """, logger: logger
        ).collect()
        var held: (gigabytes: Int32, volumes: Int32) = (0, 0)
        if let row = heldRows.first { held = try row.decode((Int32, Int32).self) }
        let freeGigabytes = Int(gigabytesLeft - held.gigabytes)
        guard reservation.gigabytes <= freeGigabytes, volumesLeft - held.volumes >= 1 else { return max(freeGigabytes, 0) }
        try await connection.query(
            """
            INSERT INTO \(unescaped: tables).reservations (id, project, gigabytes, status)
            VALUES (\(reservation.id), \(reservation.project), \(reservation.gigabytes)::int4, 'reserved')
            """, logger: logger)
        return nil
    }
    if let free {
        throw DemoError.quotaExceeded(project: spec.project, wanted: spec.size, free: free)
    }
    context.say("reserve_quota: reserved \(spec.size) GB of project \(spec.project) (reservation \(short(reservation.id)))")
    return reservation
}

/// Gives a reservation back, unless it was committed (``releaseQuota(_:context:)`` undoes that).
func rollbackQuota(context: CinderContext, result: Reservation?) async throws {
    guard let result else { return }
    try await context.query(
        """
        UPDATE \(unescaped: context.tables).reservations SET status = 'rolled_back'
        WHERE id = \(result.id) AND status = 'reserved'
        """)
    context.say("reserve_quota reverted: reservation \(short(result.id)) rolled back")
}

/// Commits the reservation: the project's in-use quota counts the volume from now on.
///
/// - Task: commit_quota
///   - provides: quota_commit
///   - revert: compensateQuota
func commitQuota(context: CinderContext, reservation: Reservation) async throws -> QuotaCommit {
    try await context.query(
        """
        WITH committed AS (
            UPDATE \(unescaped: context.tables).reservations SET status = 'committed'
            WHERE id = \(reservation.id) AND status = 'reserved' RETURNING project, gigabytes)
        UPDATE \(unescaped: context.tables).quota_usage AS q
        SET gigabytes_in_use = q.gigabytes_in_use + c.gigabytes, volumes_in_use = q.volumes_in_use + 1
        FROM committed AS c WHERE q.project = c.project
        """)
    context.say("commit_quota: reservation \(short(reservation.id)) committed")
    return QuotaCommit(reservationID: reservation.id)
}

/// Undoes a commit: the volume's quota is released.
func compensateQuota(context: CinderContext, result: QuotaCommit?) async throws {
    guard let result else { return }
    try await releaseQuota(result.reservationID, context: context)
}

/// Releases a committed reservation's quota, once: the reservation becomes `released` in the same
/// statement that takes its gigabytes and its volume off the in-use quota.
func releaseQuota(_ reservationID: UUID, context: CinderContext) async throws {
    try await context.query(
        """
        WITH released AS (
            UPDATE \(unescaped: context.tables).reservations SET status = 'released'
            WHERE id = \(reservationID) AND status = 'committed' RETURNING project, gigabytes)
        UPDATE \(unescaped: context.tables).quota_usage AS q
        SET gigabytes_in_use = q.gigabytes_in_use - c.gigabytes, volumes_in_use = q.volumes_in_use - 1
        FROM released AS c WHERE q.project = c.project
        """)
    context.say("quota of reservation \(short(reservationID)) released")
}

/// The first eight characters of an id, for what the demo prints.
func short(_ id: UUID) -> String {
    String(id.uuidString.lowercased().prefix(8))
}
