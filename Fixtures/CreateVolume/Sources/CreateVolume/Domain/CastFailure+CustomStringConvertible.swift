extension CastFailure: CustomStringConvertible {
    public var description: String { "cast to scheduler failed: \(underlying)" }
}
