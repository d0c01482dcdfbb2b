extension VolumeCreateError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .imageCopyFailure: "image copy failure"
        case .metadataCopyFailure: "metadata copy failure"
        case .metadataUpdateFailure: "metadata update failure"
        case .volumeNotFound: "volume not found"
        case .snapshotNotFound: "snapshot not found"
        case .volumeTypeNotFound: "volume type not found"
        case .backupNotFound: "backup not found"
        case .imageConversionNotAllowed: "image conversion not allowed"
        case .imageUnacceptable: "image unacceptable"
        case .imageTooBig: "image too big"
        case .invalidSignatureImage: "invalid image signature"
        case .imageSignatureVerificationFailed: "image signature verification failed"
        case .driverNotInitialized: "driver not initialized"
        case .backendFailure: "backend failure"
        case .exportFailure: "export failure"
        }
    }
}
