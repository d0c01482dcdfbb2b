/// How a flow's shape differs from the shape a journaled run recorded: what
/// ``JournalError/structureChanged(_:flow:changes:)`` lists.
///
/// Built by comparing task names, their order and the links between them; each change names
/// the tasks involved.
enum StructureChange {
    /// The changes from the journaled shape to the current one, in a stable order: tasks added,
    /// tasks removed, the order, then links removed and added. Empty when the shapes agree.
    /// - Parameters:
    ///   - journaled: The recorded tasks' names, in order.
    ///   - journaledLinks: The recorded links, or `nil` for a header written before links were
    ///     recorded (then only names and order are compared).
    ///   - current: The current tasks' names, in order.
    ///   - currentLinks: The current flow's links.
    static func changes(
        journaled: [String], journaledLinks: [JournaledLink]?, current: [String], currentLinks: [JournaledLink]
    ) -> [String] {
        let journaledSet = Set(journaled)
        let currentSet = Set(current)
        var changes: [String] = []
        for name in current where !journaledSet.contains(name) { changes.append("task '\(name)' added") }
        for name in journaled where !currentSet.contains(name) { changes.append("task '\(name)' removed") }
        let kept = current.filter(journaledSet.contains)
        let keptBefore = journaled.filter(currentSet.contains)
        if kept != keptBefore {
            changes.append("tasks reordered: \(keptBefore.joined(separator: ", ")) → \(kept.joined(separator: ", "))")
        }
        guard let journaledLinks else { return changes }
        // Links between tasks both shapes have, by name: a link to an added or removed task is
        // already named by that task's change.
        func named(_ links: [JournaledLink], _ names: [String]) -> [String] {
            links.compactMap { link -> String? in
                let from = names[link.from], to = names[link.to]
                guard journaledSet.contains(from), journaledSet.contains(to), currentSet.contains(from), currentSet.contains(to)
                else { return nil }
                return "'\(from)' → '\(to)'"
            }
        }
        let before = named(journaledLinks, journaled)
        let after = named(currentLinks, current)
        let beforeSet = Set(before), afterSet = Set(after)
        for link in before where !afterSet.contains(link) { changes.append("link \(link) removed") }
        for link in after where !beforeSet.contains(link) { changes.append("link \(link) added") }
        return changes
    }
}
