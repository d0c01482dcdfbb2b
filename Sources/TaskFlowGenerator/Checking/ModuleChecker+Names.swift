extension ModuleChecker {
    /// Reports every task whose name another task also has, and marks them all invalid.
    mutating func checkDuplicateTaskNames() {
        var byName: [String: [Int]] = [:]
        for (index, task) in tasks.enumerated() { byName[task.model.name, default: []].append(index) }
        for (index, task) in tasks.enumerated() {
            guard let same = byName[task.model.name], same.count > 1 else { continue }
            tasks[index].hasErrors = true
            diagnostics.append(.error(
                "duplicate task name '\(task.model.name)'; task names are unique in a module (even in exclusive '#if' branches) — rename one",
                at: task.block.value.text.isEmpty ? task.block.location : task.block.value.location,
                notes: same.filter { $0 != index }.map { .note("'\(task.model.name)' is also declared here", at: tasks[$0].block.location) }))
        }
    }

    /// Reports every flow whose name another flow also has, and marks them all invalid.
    mutating func checkDuplicateFlowNames() {
        var byName: [String: [Int]] = [:]
        for (index, flow) in flows.enumerated() { byName[flow.name, default: []].append(index) }
        for (index, flow) in flows.enumerated() {
            guard let same = byName[flow.name], same.count > 1 else { continue }
            flows[index].hasErrors = true
            diagnostics.append(.error(
                "duplicate flow name '\(flow.name)'; flow names are unique in a module — rename one",
                at: flow.block.value.text.isEmpty ? flow.block.location : flow.block.value.location,
                notes: same.filter { $0 != index }.map { .note("'\(flow.name)' is also declared here", at: flows[$0].block.location) }))
        }
    }
}
