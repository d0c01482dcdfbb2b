/// A `taskflow.lock` that cannot be read: not JSON, or JSON of another shape.
public struct LockFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, and what to do about it.
    public var message: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in UTF-8 bytes.
    public var column: Int

    /// Creates an error.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// The error as a diagnostic at its place in the file at `path`.
    /// - Parameter path: The lock file's path, as given.
    public func diagnostic(path: String) -> Diagnostic {
        .error(
            "\(path) cannot be read: \(message); fix it, or delete it and run 'swift package taskflow lock'",
            at: SourceLocation(file: path, line: line, column: column))
    }

    public var description: String { "\(line):\(column): \(message)" }
}

extension LockFile {
    /// Reads the text of `taskflow.lock`. Unknown keys are ignored, so that a lock written by a
    /// later generator that records more is still read.
    /// - Parameter text: The file's text.
    /// - Throws: ``LockFileError`` at the first place that is not JSON, or not a lock.
    public init(json text: String) throws(LockFileError) {
        let root: JSONNode
        do {
            root = try JSONReader.read(text)
        } catch {
            throw LockFileError(message: "not JSON: \(error.message)", line: error.line, column: error.column)
        }
        let members = try root.members("the lock")
        let format = try root.member("format", in: members, of: "the lock")
        guard case .number(let text) = format.value, let number = Int(text) else {
            throw format.problem("'format' is \(format.kindDescription), not a whole number")
        }
        guard number == Self.currentFormat else {
            throw format.problem(
                "format \(number) is not the format \(Self.currentFormat) this taskflow-gen reads; use the swift-taskflow that wrote it")
        }
        var targets: [String: TargetLock] = [:]
        let targetsNode = try root.member("targets", in: members, of: "the lock")
        for (name, node) in try targetsNode.members("'targets'") {
            targets[name] = try TargetLock(node, name: name)
        }
        self.init(targets: targets)
    }
}

extension TargetLock {
    fileprivate init(_ node: JSONNode, name: String) throws(LockFileError) {
        let role = "target '\(name)'"
        let members = try node.members(role)
        var flows: [String: FlowLock] = [:]
        for (flow, value) in try node.member("flows", in: members, of: role).members("the flows of \(role)") {
            flows[flow] = try FlowLock(value, role: "flow '\(flow)'")
        }
        var tasks: [String: TaskLock] = [:]
        for (task, value) in try node.member("tasks", in: members, of: role).members("the tasks of \(role)") {
            tasks[task] = try TaskLock(value, role: "task '\(task)'")
        }
        self.init(flows: flows, tasks: tasks)
    }
}

extension FlowLock {
    fileprivate init(_ node: JSONNode, role: String) throws(LockFileError) {
        let members = try node.members(role)
        var nested: [String: FlowShape] = [:]
        if let nestedNode = members.first(where: { $0.key == "nested" })?.value {
            for (path, value) in try nestedNode.members("the nested flows of \(role)") {
                nested[path] = try FlowShape(value, members: value.members("'\(path)' of \(role)"), role: "'\(path)' of \(role)")
            }
        }
        self.init(
            version: try node.member("version", in: members, of: role).version(role),
            root: try FlowShape(node, members: members, role: role),
            nested: nested)
    }
}

extension FlowShape {
    fileprivate init(_ node: JSONNode, members: [(key: String, value: JSONNode)], role: String) throws(LockFileError) {
        self.init(
            pattern: try node.member("pattern", in: members, of: role).string("'pattern' of \(role)"),
            children: try node.member("children", in: members, of: role).strings("'children' of \(role)"),
            links: try node.member("links", in: members, of: role).strings("'links' of \(role)"))
    }
}

extension TaskLock {
    fileprivate init(_ node: JSONNode, role: String) throws(LockFileError) {
        let members = try node.members(role)
        func field(_ key: String) throws(LockFileError) -> JSONNode {
            try node.member(key, in: members, of: role)
        }
        let revertNode = try field("revert")
        let revert: String?
        if case .null = revertNode.value {
            revert = nil
        } else {
            revert = try revertNode.string("'revert' of \(role)")
        }
        self.init(
            version: try field("version").version(role),
            fingerprint: TaskFingerprint(
                parameters: try field("parameters").strings("'parameters' of \(role)"),
                requires: try field("requires").strings("'requires' of \(role)"),
                returns: try field("returns").string("'returns' of \(role)"),
                provides: try field("provides").strings("'provides' of \(role)"),
                revert: revert))
    }
}

extension JSONNode {
    fileprivate func problem(_ message: String) -> LockFileError {
        LockFileError(message: message, line: line, column: column)
    }

    fileprivate func members(_ role: String) throws(LockFileError) -> [(key: String, value: JSONNode)] {
        guard case .object(let members) = value else { throw problem("\(role) is \(kindDescription), not an object") }
        return members
    }

    fileprivate func member(
        _ key: String, in members: [(key: String, value: JSONNode)], of role: String
    ) throws(LockFileError) -> JSONNode {
        guard let found = members.first(where: { $0.key == key }) else { throw problem("\(role) has no '\(key)'") }
        return found.value
    }

    fileprivate func string(_ role: String) throws(LockFileError) -> String {
        guard case .string(let text) = value else { throw problem("\(role) is \(kindDescription), not a string") }
        return text
    }

    fileprivate func strings(_ role: String) throws(LockFileError) -> [String] {
        guard case .array(let elements) = value else { throw problem("\(role) is \(kindDescription), not an array of strings") }
        var strings: [String] = []
        for element in elements { strings.append(try element.string("an element of \(role)")) }
        return strings
    }

    fileprivate func version(_ role: String) throws(LockFileError) -> Version {
        let text = try string("the version of \(role)")
        switch parseVersion(AnnotatedText(text: text, location: SourceLocation(file: "", line: line, column: column))) {
        case .success(let version): return version
        case .failure: throw problem("the version of \(role) is '\(text)', not MAJOR.MINOR")
        }
    }
}
