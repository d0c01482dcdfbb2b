/// What a new volume's content comes from, once the request has been validated.
public enum VolumeSource: Sendable, Hashable {
    /// An empty volume.
    case raw
    /// A copy of a snapshot.
    case snapshot(id: String)
    /// A clone of another volume, with that volume's status when the request was accepted, so a
    /// failed create can put it back.
    case sourceVolume(id: String, status: VolumeStatus)
    /// A copy of an image.
    case image(id: String)
    /// A restore of a backup.
    case backup(id: String)
}
