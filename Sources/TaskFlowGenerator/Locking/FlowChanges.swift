extension FlowLock {
    /// What changed in the structure from `locked` to this flow, one phrase each (`child 'audit'
    /// added`, `child 'commit' removed from 'inner'`, `'reserve' moved`, `link 'a -> b' added`,
    /// `pattern 'linear' is now 'graph'`); empty when the structure is the same. Children of
    /// unordered and graph flows have no order, so only a linear flow's children can move.
    /// - Parameter locked: The flow in the lock.
    func structureChanges(since locked: FlowLock) -> [String] {
        var changes = root.changes(since: locked.root, place: "")
        for path in nested.keys.sorted() {
            guard let before = locked.nested[path], let after = nested[path] else { continue }
            changes += after.changes(since: before, place: " in '\(path)'")
        }
        return changes
    }
}

extension FlowShape {
    /// The changes of one flow of the tree; `place` ends each phrase (` in 'inner'`).
    func changes(since locked: FlowShape, place: String) -> [String] {
        var changes: [String] = []
        if pattern != locked.pattern {
            changes.append("pattern '\(locked.pattern)' is now '\(pattern)'\(place)")
        }
        let before = Set(locked.children)
        let after = Set(children)
        changes += children.filter { !before.contains($0) }.map { "child '\($0)' added\(place)" }
        changes += locked.children.filter { !after.contains($0) }.map { "child '\($0)' removed\(place)" }
        if pattern == "linear", locked.pattern == "linear" {
            let moved = Self.moved(from: locked.children.filter(after.contains), to: children.filter(before.contains))
            if !moved.isEmpty {
                changes.append("\(quotedList(moved)) moved\(place)")
            }
        }
        let linksBefore = Set(locked.links)
        let linksAfter = Set(links)
        changes += links.filter { !linksBefore.contains($0) }.map { "link '\($0)' added\(place)" }
        changes += locked.links.filter { !linksAfter.contains($0) }.map { "link '\($0)' removed\(place)" }
        return changes
    }

    /// The fewest elements of `current` whose moving turns `locked` into it (both hold the same
    /// elements, each once): those off a longest run kept in the locked order, in `current`'s
    /// order. O(n log n).
    static func moved(from locked: [String], to current: [String]) -> [String] {
        guard locked != current else { return [] }
        var lockedIndex: [String: Int] = [:]
        for (index, name) in locked.enumerated() { lockedIndex[name] = index }
        let positions = current.map { lockedIndex[$0] ?? 0 }
        // Longest increasing subsequence, keeping predecessors to recover it.
        var tails: [Int] = []
        var tailIndices: [Int] = []
        var previous = Array(repeating: -1, count: positions.count)
        for (index, position) in positions.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < position { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tailIndices[low - 1] }
            if low == tails.count {
                tails.append(position)
                tailIndices.append(index)
            } else {
                tails[low] = position
                tailIndices[low] = index
            }
        }
        var kept = Set<Int>()
        var cursor = tailIndices.last ?? -1
        while cursor >= 0 {
            kept.insert(cursor)
            cursor = previous[cursor]
        }
        return current.indices.filter { !kept.contains($0) }.map { current[$0] }
    }
}
