/// The version of a task, `MAJOR.MINOR`.
///
/// A journal written by another major version of a task is not resumed; minor
/// versions are compatible with each other. The default is `1.0`.
public struct TaskVersion: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Incompatible changes: a run recorded under another major version is not resumed.
    public var major: Int
    /// Compatible changes.
    public var minor: Int

    /// Creates a version.
    /// - Parameters:
    ///   - major: Incompatible changes.
    ///   - minor: Compatible changes.
    public init(major: Int, minor: Int = 0) {
        self.major = major
        self.minor = minor
    }

    /// Version `1.0`, what a task has when its annotation names none.
    public static let initial = TaskVersion(major: 1, minor: 0)

    /// The version as written in an annotation, `MAJOR.MINOR`.
    public var description: String { "\(major).\(minor)" }

    public static func < (lhs: TaskVersion, rhs: TaskVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
