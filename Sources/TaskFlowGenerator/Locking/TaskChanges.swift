extension TaskFingerprint {
    /// What changed from `locked` to this fingerprint that a journaled run of the locked
    /// version would notice, one phrase each (`parameter 'size: Int' is now 'size: Int64'`);
    /// empty when only the order of parameters or required symbols moved.
    /// - Parameter locked: The fingerprint in the lock.
    func changes(since locked: TaskFingerprint) -> [String] {
        var changes: [String] = []
        let lockedTypes = Dictionary(locked.parameters.map(Self.splitParameter), uniquingKeysWith: { first, _ in first })
        let currentTypes = Dictionary(parameters.map(Self.splitParameter), uniquingKeysWith: { first, _ in first })
        for parameter in locked.parameters {
            let (name, type) = Self.splitParameter(parameter)
            if let now = currentTypes[name] {
                if now != type { changes.append("parameter '\(parameter)' is now '\(name): \(now)'") }
            } else {
                changes.append("parameter '\(parameter)' is gone")
            }
        }
        for parameter in parameters where lockedTypes[Self.splitParameter(parameter).name] == nil {
            changes.append("parameter '\(parameter)' is new")
        }
        changes += Self.setChanges("requires", locked: locked.requires, current: requires)
        if returns != locked.returns {
            changes.append("return type '\(locked.returns)' is now '\(returns)'")
        }
        let providesChanges = Self.setChanges("provides", locked: locked.provides, current: provides)
        changes += providesChanges
        if providesChanges.isEmpty, provides != locked.provides {
            changes.append(
                "provides '\(locked.provides.joined(separator: ", "))' is now in the order '\(provides.joined(separator: ", "))'")
        }
        switch (locked.revert, revert) {
        case (let before?, let after?) where before != after:
            changes.append("revert '\(before)' is now '\(after)'")
        case (let before?, nil):
            changes.append("revert '\(before)' is gone")
        case (nil, let after?):
            changes.append("revert '\(after)' is new")
        default:
            break
        }
        return changes
    }

    /// `size: Int` as `("size", "Int")`; text without `: ` is all name.
    private static func splitParameter(_ text: String) -> (name: String, type: String) {
        guard let colon = text.firstRange(of: ": ") else { return (text, "") }
        return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
    }

    /// `KEY 'x' is gone` for each element only `locked` has, `KEY 'y' is new` for each only
    /// `current` has, in their lists' order.
    private static func setChanges(_ key: String, locked: [String], current: [String]) -> [String] {
        let before = Set(locked)
        let after = Set(current)
        return locked.filter { !after.contains($0) }.map { "\(key) '\($0)' is gone" }
            + current.filter { !before.contains($0) }.map { "\(key) '\($0)' is new" }
    }
}
