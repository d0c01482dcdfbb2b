/// Why a backend failed to create a volume: the failures the manager's reschedule decision
/// looks at.
public enum VolumeCreateError: Error, Hashable, CaseIterable {
    /// Copying the image onto the volume failed.
    case imageCopyFailure
    /// Copying the source's metadata failed.
    case metadataCopyFailure
    /// Updating the volume's metadata failed.
    case metadataUpdateFailure
    /// The volume's row disappeared.
    case volumeNotFound
    /// The snapshot disappeared.
    case snapshotNotFound
    /// The volume type disappeared.
    case volumeTypeNotFound
    /// The backup disappeared. (Not in Cinder's list: a missing backup is missing on every
    /// backend, so it is not rescheduled either.)
    case backupNotFound
    /// The image would need a format conversion that is not allowed.
    case imageConversionNotAllowed
    /// The image cannot be used for a volume.
    case imageUnacceptable
    /// The image does not fit the volume.
    case imageTooBig
    /// The image's signature is invalid.
    case invalidSignatureImage
    /// Verifying the image's signature failed.
    case imageSignatureVerificationFailed
    /// The backend's driver is not initialized.
    case driverNotInitialized
    /// The backend failed for a reason another backend may not share.
    case backendFailure
    /// Exporting the created volume failed.
    case exportFailure

    /// Whether another backend might succeed where this one failed.
    ///
    /// Cinder's `OnFailureRescheduleTask` errors the volume out instead of rescheduling when
    /// any failure is one of these: the request itself is at fault, so every backend would fail.
    public var allowsReschedule: Bool {
        switch self {
        case .imageCopyFailure, .metadataCopyFailure, .metadataUpdateFailure, .volumeNotFound,
             .snapshotNotFound, .volumeTypeNotFound, .backupNotFound, .imageConversionNotAllowed, .imageUnacceptable,
             .imageTooBig, .invalidSignatureImage, .imageSignatureVerificationFailed:
            false
        case .driverNotInitialized, .backendFailure, .exportFailure:
            true
        }
    }
}
