#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Identifies one run of a flow: every ``FlowEvent`` and ``FlowFailure`` of the run carries it.
public struct RunID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The run's universally unique identifier.
    public let uuid: UUID

    /// Creates a new, unique run identifier.
    public init() {
        self.uuid = UUID()
    }

    /// Wraps an existing identifier, for instance one read back from a journal.
    /// - Parameter uuid: The identifier.
    public init(uuid: UUID) {
        self.uuid = uuid
    }

    /// The first eight hexadecimal digits, enough to tell runs apart in a log.
    public var short: String {
        String(uuid.uuidString.prefix(8)).lowercased()
    }

    /// The full identifier, in lowercase hexadecimal.
    public var description: String { uuid.uuidString.lowercased() }
}
