extension LockFile {
    /// The lock as the text of `taskflow.lock`: pretty-printed JSON, two-space indentation, every
    /// object's keys sorted, one list element a line, a final newline. Equal locks print
    /// byte-identical text, so a change to one task shows as a change to its own lines.
    public func json() -> String {
        let targets = self.targets.sorted { $0.key < $1.key }.map { name, target in
            (name, target.jsonValue)
        }
        let value = JSONValue.object([
            ("format", .number(Self.currentFormat)),
            ("targets", .object(targets)),
        ])
        return value.rendered(indent: "") + "\n"
    }
}

extension TargetLock {
    var jsonValue: JSONValue {
        .object([
            ("flows", .object(flows.sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) })),
            ("tasks", .object(tasks.sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) })),
        ])
    }
}

extension FlowLock {
    /// `children`, `links`, `nested` (only when there are nested flows), `pattern`, `version`.
    var jsonValue: JSONValue {
        var members = root.jsonMembers
        if !nested.isEmpty {
            let index = members.firstIndex { $0.0 > "nested" } ?? members.endIndex
            members.insert(("nested", .object(nested.sorted { $0.key < $1.key }.map { path, shape in
                (path, .object(shape.jsonMembers))
            })), at: index)
        }
        members.append(("version", .string(version.description)))
        return .object(members)
    }
}

extension FlowShape {
    /// `children`, `links`, `pattern`: sorted by key.
    var jsonMembers: [(String, JSONValue)] {
        [
            ("children", .array(children.map(JSONValue.string))),
            ("links", .array(links.map(JSONValue.string))),
            ("pattern", .string(pattern)),
        ]
    }
}

extension TaskLock {
    var jsonValue: JSONValue {
        .object([
            ("parameters", .array(fingerprint.parameters.map(JSONValue.string))),
            ("provides", .array(fingerprint.provides.map(JSONValue.string))),
            ("requires", .array(fingerprint.requires.map(JSONValue.string))),
            ("returns", .string(fingerprint.returns)),
            ("revert", .optional(fingerprint.revert)),
            ("version", .string(version.description)),
        ])
    }
}
