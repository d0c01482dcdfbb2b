extension InjectedFailure: CustomStringConvertible {
    public var description: String { "injected failure in \(operation)" }
}
