/// Checks a graph flow: children are ordered by what they require and provide, plus links.
///
/// Each symbol has at most one provider among the children (two are ambiguous); a child that
/// requires and provides the same symbol transforms a flow input. The resulting edges must not
/// form a cycle.
/// - Parameters:
///   - units: The children.
///   - links: The flow's links, as written.
///   - flowName: Names the flow in messages.
///   - types: The module's types.
/// - Returns: The data flow, and the links resolved to child names.
func checkGraphDataFlow(_ units: [FlowUnit], links: [LinkItem], flowName: String, types: ModuleTypes) -> (DataFlow, [FlowLinkModel]) {
    var result = DataFlow()
    var provider: [String: Int] = [:]
    var providedUse: [String: SymbolUse] = [:]
    for (index, unit) in units.enumerated() {
        for use in unit.provides {
            if let first = provider[use.symbol] {
                result.diagnostics.append(.error(
                    "'\(unit.name)' and '\(units[first].name)' both provide '\(use.symbol)'; in a graph flow each symbol needs exactly one provider — rename one",
                    at: unit.written.location,
                    notes: [.note("'\(units[first].name)' is listed here", at: units[first].written.location)]))
                continue
            }
            provider[use.symbol] = index
            providedUse[use.symbol] = use
            result.outputs.append(use)
        }
    }
    var successors = Array(repeating: [Int](), count: units.count)
    var inputIndex: [String: (required: Bool, position: Int)] = [:]
    for (index, unit) in units.enumerated() {
        for (uses, required) in [(unit.requires, true), (unit.optional, false)] {
            for use in uses {
                if let source = provider[use.symbol], source != index {
                    result.checkTypes(provider: providedUse[use.symbol] ?? use,
                                      consumer: use, at: unit.written.location, types: types)
                    successors[source].append(index)
                } else {
                    if required, provider[use.symbol] == index {
                        result.runInputNeeds.append(RunInputNeed(
                            symbol: use.symbol, reader: use.task, transformer: unit.name, location: unit.written.location))
                    }
                    result.addInput(use, required: required, at: unit.written.location, types: types, index: &inputIndex)
                }
            }
        }
    }

    // Links, by any name a child goes by.
    var byName: [String: Int] = [:]
    for (index, unit) in units.enumerated() {
        for alias in [unit.name, unit.written.text] + unit.aliases where byName[alias] == nil {
            byName[alias] = index
        }
    }
    var resolvedLinks: [FlowLinkModel] = []
    for link in links {
        var ends: [Int] = []
        for end in [link.from, link.to] {
            if let index = byName[end.text] {
                ends.append(index)
            } else {
                result.diagnostics.append(.error(
                    "'\(end.text)' in a link is not a child of flow '\(flowName)'", at: end.location))
            }
        }
        guard ends.count == 2 else { continue }
        if successors[ends[0]].contains(ends[1]) {
            result.diagnostics.append(.warning(
                "the link '\(units[ends[0]].name) -> \(units[ends[1]].name)' is implied by the data flow; remove it",
                at: link.location))
        }
        successors[ends[0]].append(ends[1])
        resolvedLinks.append(FlowLinkModel(from: units[ends[0]].name, to: units[ends[1]].name, location: link.location))
    }

    result.dropOptionalInputsThatBecameRequired(inputIndex)
    for cycle in stronglyConnectedCycles(successors) {
        let first = cycle.min() ?? 0
        result.diagnostics.append(.error(
            "flow '\(flowName)' has a cycle: \(cycle.sorted().map { "'\(units[$0].name)'" }.joined(separator: ", ")) wait for each other",
            at: units[first].written.location))
    }
    return (result, resolvedLinks)
}

/// The strongly connected components of a graph that contain a cycle (more than one node, or a
/// node with an edge to itself), found with Tarjan's algorithm without recursion.
/// - Parameter successors: The edges, by node.
/// - Returns: Each cyclic component's nodes.
func stronglyConnectedCycles(_ successors: [[Int]]) -> [[Int]] {
    let count = successors.count
    var indexOf = Array(repeating: -1, count: count)
    var lowLink = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var stack: [Int] = []
    var nextIndex = 0
    var cycles: [[Int]] = []
    for root in 0..<count where indexOf[root] == -1 {
        var work: [(node: Int, edge: Int)] = [(root, 0)]
        indexOf[root] = nextIndex
        lowLink[root] = nextIndex
        nextIndex += 1
        stack.append(root)
        onStack[root] = true
        while let (node, edge) = work.last {
            if edge < successors[node].count {
                work[work.count - 1].edge += 1
                let next = successors[node][edge]
                if indexOf[next] == -1 {
                    indexOf[next] = nextIndex
                    lowLink[next] = nextIndex
                    nextIndex += 1
                    stack.append(next)
                    onStack[next] = true
                    work.append((next, 0))
                } else if onStack[next] {
                    lowLink[node] = min(lowLink[node], indexOf[next])
                }
                continue
            }
            work.removeLast()
            if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
            guard lowLink[node] == indexOf[node] else { continue }
            var component: [Int] = []
            while let member = stack.popLast() {
                onStack[member] = false
                component.append(member)
                if member == node { break }
            }
            if component.count > 1 || successors[node].contains(node) {
                cycles.append(component)
            }
        }
    }
    return cycles.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }
}
