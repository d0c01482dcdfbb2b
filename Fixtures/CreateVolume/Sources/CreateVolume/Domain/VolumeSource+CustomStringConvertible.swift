extension VolumeSource: CustomStringConvertible {
    public var description: String {
        switch self {
        case .raw: "raw"
        case .snapshot(let id): "snapshot \(id)"
        case .sourceVolume(let id, _): "volume \(id)"
        case .image(let id): "image \(id)"
        case .backup(let id): "backup \(id)"
        }
    }
}
