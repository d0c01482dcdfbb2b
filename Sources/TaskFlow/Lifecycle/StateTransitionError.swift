/// A task or flow was asked to make a move its transition table does not allow.
///
/// The engine only makes allowed moves, so seeing this error means a bug in the engine or in
/// code that drives states by hand (a journal replaying a corrupt record, for instance).
public struct StateTransitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whose state it is.
    public enum Kind: String, Sendable, Hashable {
        /// A ``TaskState``.
        case task
        /// A ``FlowState``.
        case flow
    }

    /// Whether a task or a flow made the move.
    public var kind: Kind
    /// The state it was in.
    public var from: String
    /// The state it was asked to enter.
    public var to: String

    /// Creates the error for the move `from → to`.
    /// - Parameters:
    ///   - kind: Whether a task or a flow made the move.
    ///   - from: The state it was in.
    ///   - to: The state it was asked to enter.
    public init(kind: Kind, from: String, to: String) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// The move that was refused, e.g. `a task cannot move from 'pending' to 'reverted'`.
    public var description: String {
        "a \(kind.rawValue) cannot move from '\(from)' to '\(to)'"
    }
}
