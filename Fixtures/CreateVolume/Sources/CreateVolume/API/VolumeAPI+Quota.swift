import TaskFlow

extension VolumeAPI {
    /// Reserves one volume and `size` GiB of the project's quota (Cinder's `QuotaReserveTask`).
    ///
    /// - Parameters:
    ///   - context: The request's context; its project pays.
    ///   - size: The volume's size in GiB.
    /// - Returns: The reservation, committed by `commit_quota`.
    /// - Throws: ``QuotaExceeded`` when the project is over quota, or the engine's failure.
    ///
    /// - Task: reserve_quota
    ///   - provides: reservation
    ///   - revert: rollbackQuota
    func reserveQuota(context: RequestContext, size: Int) throws -> Reservation {
        try quota.reserve(projectID: context.projectID, volumes: 1, gigabytes: size)
    }

    /// Rolls the reservation back, unless the flow failed after committing it: then the
    /// quota belongs to the volume (kept in `error`), and `compensateQuota` gives it back.
    func rollbackQuota(result: Reservation?, failure: RevertCause) throws {
        guard let result, !failure.contains(CastFailure.self) else { return }
        try quota.rollback(result)
    }

    /// Commits the reservation once the volume's row exists (Cinder's `QuotaCommitTask`).
    ///
    /// - Parameter reservation: The reservation `reserve_quota` made.
    /// - Returns: The record of the commit: what `compensateQuota` undoes.
    /// - Throws: The engine's failure.
    ///
    /// - Task: commit_quota
    ///   - provides: quota_commit
    ///   - revert: compensateQuota
    func commitQuota(reservation: Reservation) throws -> QuotaCommit {
        try quota.commit(reservation)
        return QuotaCommit(reservation: reservation)
    }

    /// Undoes a commit: a committed reservation cannot be rolled back, so this reserves and
    /// commits the opposite amounts.
    func compensateQuota(result: QuotaCommit?) throws {
        guard let committed = result?.reservation else { return }
        let compensation = try quota.reserve(
            projectID: committed.projectID, volumes: -committed.volumes, gigabytes: -committed.gigabytes
        )
        try quota.commit(compensation)
    }
}
