extension VolumeStatus: CustomStringConvertible {
    public var description: String { rawValue }
}
