extension NoValidBackend: CustomStringConvertible {
    public var description: String { "no valid backend: \(reason)" }
}
