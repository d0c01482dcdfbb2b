/// The life-cycle states of a volume that create-volume moves through.
public enum VolumeStatus: String, Sendable, Hashable {
    /// The row exists and a backend is (or will be) creating the volume.
    case creating
    /// The volume is ready to attach.
    case available
    /// The volume is attached to an instance.
    case inUse = "in-use"
    /// Creating the volume failed and it was not rescheduled.
    case error
}
