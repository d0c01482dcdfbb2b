/// How the manager creates a volume's content: what `create_from_spec` dispatches on.
public enum VolumeSpec: Sendable, Hashable {
    /// An empty volume of `size` GiB.
    case raw(size: Int)
    /// A volume from a snapshot.
    case snapshot(id: String, size: Int)
    /// A clone of a volume.
    case sourceVolume(id: String, size: Int)
    /// A volume holding an image.
    case image(id: String, size: Int)
    /// A volume restored from a backup.
    case backup(id: String, size: Int)
}
