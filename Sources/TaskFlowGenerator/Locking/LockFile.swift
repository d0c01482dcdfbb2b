/// The contents of `taskflow.lock`: for each target, what its durable flows and their tasks
/// looked like when the lock was written.
///
/// A durable run outlives the code that started it; the lock lets the build notice a change that
/// would break such a run on resume while its major version stayed the same
/// (``LockComparison``). Written by `swift package taskflow lock` (`taskflow-gen lock`), read by
/// every build; JSON with sorted keys (``LockFile/json()``), so that a review diff reads well.
public struct LockFile: Sendable, Hashable {
    /// The format this generator writes and reads.
    public static let currentFormat = 1

    /// Each target's entry, by module name.
    public var targets: [String: TargetLock]

    /// Creates a lock.
    public init(targets: [String: TargetLock] = [:]) {
        self.targets = targets
    }
}

/// What one target's durable flows and their tasks looked like when the lock was written.
public struct TargetLock: Sendable, Hashable {
    /// Each durable flow, by flow name.
    public var flows: [String: FlowLock]
    /// Each task of a durable flow (nested flows' tasks included), by task name.
    public var tasks: [String: TaskLock]

    /// Creates a target's entry.
    public init(flows: [String: FlowLock] = [:], tasks: [String: TaskLock] = [:]) {
        self.flows = flows
        self.tasks = tasks
    }

    /// Whether the entry locks nothing (the target has no durable flow).
    public var isEmpty: Bool { flows.isEmpty && tasks.isEmpty }
}

/// A durable flow's version and structure.
public struct FlowLock: Sendable, Hashable {
    /// The flow's version.
    public var version: Version
    /// The flow's own children, pattern and links.
    public var root: FlowShape
    /// Each flow nested in it, at any depth, by its path of flow names below the root
    /// (`inner`, `inner/innermost`).
    public var nested: [String: FlowShape]

    /// Creates a flow's entry.
    public init(version: Version, root: FlowShape, nested: [String: FlowShape] = [:]) {
        self.version = version
        self.root = root
        self.nested = nested
    }
}

/// How one flow (or nested flow) arranges its children.
public struct FlowShape: Sendable, Hashable {
    /// `linear`, `unordered` or `graph`.
    public var pattern: String
    /// Its children, by task name or nested flow name, in listing order.
    public var children: [String]
    /// Its explicit links, as `from -> to`, in listing order.
    public var links: [String]

    /// Creates a shape.
    public init(pattern: String, children: [String], links: [String] = []) {
        self.pattern = pattern
        self.children = children
        self.links = links
    }
}

/// A task's version and the fingerprint of its signature.
public struct TaskLock: Sendable, Hashable {
    /// The task's version.
    public var version: Version
    /// What a journaled run depends on.
    public var fingerprint: TaskFingerprint

    /// Creates a task's entry.
    public init(version: Version, fingerprint: TaskFingerprint) {
        self.version = version
        self.fingerprint = fingerprint
    }
}

/// The parts of a task's signature a journaled run depends on, as readable text.
public struct TaskFingerprint: Sendable, Hashable {
    /// Each parameter as `name: Type`, in declaration order (`context` included).
    public var parameters: [String]
    /// Each symbol the task reads, in parameter order: `size`, or `volume_type as type` when a
    /// parameter reads a symbol of another name.
    public var requires: [String]
    /// The return type as written, `Void` when there is none.
    public var returns: String
    /// The symbols the return value is stored under, in order.
    public var provides: [String]
    /// The revert's parameters as `(name: Type, …)`, `nil` without a revert.
    public var revert: String?

    /// Creates a fingerprint.
    public init(parameters: [String], requires: [String], returns: String, provides: [String], revert: String?) {
        self.parameters = parameters
        self.requires = requires
        self.returns = returns
        self.provides = provides
        self.revert = revert
    }
}
