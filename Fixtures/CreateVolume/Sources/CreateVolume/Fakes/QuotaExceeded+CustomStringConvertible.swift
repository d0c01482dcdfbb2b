extension QuotaExceeded: CustomStringConvertible {
    public var description: String {
        "quota exceeded for project \(projectID): \(requested) GiB requested, limit \(limit) GiB"
    }
}
