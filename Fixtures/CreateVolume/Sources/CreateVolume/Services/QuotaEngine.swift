/// Per-project quota: reserve, then commit once the volume exists, or roll back.
public protocol QuotaEngine: Sendable {
    /// Holds back quota for a request.
    /// - Returns: The reservation to commit or roll back.
    /// - Throws: When the project is over quota or the engine fails.
    func reserve(projectID: String, volumes: Int, gigabytes: Int) throws -> Reservation
    /// Turns a reservation into quota in use.
    /// - Throws: When the engine fails.
    func commit(_ reservation: Reservation) throws
    /// Releases a reservation that was not committed.
    /// - Throws: When the engine fails.
    func rollback(_ reservation: Reservation) throws
}
