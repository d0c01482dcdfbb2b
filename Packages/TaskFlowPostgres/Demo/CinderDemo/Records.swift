import Foundation

// The values the three create-volume flows pass from task to task, and from flow to flow through
// the posted state of the next run. Durable flows journal them, so each is `Codable`.

/// What a user asks the API for.
struct VolumeRequest: Codable, Sendable {
    /// The volume's display name.
    var name: String
    /// The size in GB.
    var size: Int
    /// The project that pays.
    var project: String
    /// Whether the driver fails this volume (to show the manager's revert).
    var failInDriver: Bool
}

/// A validated request (`extract_volume_request`).
struct VolumeSpec: Codable, Sendable {
    var name: String
    var size: Int
    var project: String
    var failInDriver: Bool
}

/// A quota reservation: one volume and `gigabytes` of `project`'s quota, held until committed
/// or rolled back.
struct Reservation: Codable, Sendable {
    var id: UUID
    var project: String
    var gigabytes: Int
}

/// A committed reservation (`commit_quota`): the quota now counts the volume as in use.
struct QuotaCommit: Codable, Sendable {
    var reservationID: UUID
}

/// A volume's row, as the flows refer to it.
struct VolumeRef: Codable, Sendable {
    var id: UUID
    var name: String
    var size: Int
}

/// What the API casts to the scheduler and the scheduler to the manager (Cinder's request spec).
struct RequestSpec: Codable, Sendable {
    var volumeID: UUID
    var name: String
    var size: Int
    var project: String
    var reservationID: UUID
    var failInDriver: Bool
}

/// What the scheduler filters backends on (`extract_scheduler_spec`).
struct FilterProperties: Codable, Sendable {
    var size: Int
}
