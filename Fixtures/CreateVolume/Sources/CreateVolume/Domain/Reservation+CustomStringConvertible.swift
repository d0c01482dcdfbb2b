extension Reservation: CustomStringConvertible {
    public var description: String {
        "\(id) project=\(projectID) volumes=\(volumes.signed) gigabytes=\(gigabytes.signed)"
    }
}

extension Int {
    fileprivate var signed: String { self < 0 ? "\(self)" : "+\(self)" }
}
