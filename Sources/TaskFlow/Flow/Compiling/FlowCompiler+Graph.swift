extension FlowCompiler {
    /// Joins the children of a graph flow: an edge from the provider of each symbol to the
    /// tasks that consume it, plus an edge from every sink of `from` to every source of `to`
    /// for each link. Everything whose predecessors finished may run at once.
    ///
    /// Rules: two children providing one symbol make its consumers' order ambiguous; a child
    /// requiring what it provides itself is an error unless the symbol is a flow input; a link
    /// must name children of this flow. Cycles are found once the whole DAG is built.
    mutating func graph(_ flow: NestedFlow) throws(FlowDefinitionError) -> Fragment {
        if let failure = compileNested(flow.children).failure { throw failure }
        let children = flow.children
        let start = mark
        defer { clearScratch(since: start) }
        try collectProvisions(of: children) { .ambiguousProvider(symbol: $0, providers: $1, flow: flow.name) }

        // Tasks that gain a predecessor or a successor here stop being sources or sinks.
        // The flow's tasks are numbered contiguously, so flags by offset in `tasks` suffice.
        let tasks = flow.tasks
        var hasPredecessor = [Bool](repeating: false, count: tasks.count)
        var hasSuccessor = [Bool](repeating: false, count: tasks.count)
        func connect(_ from: Int, _ to: Int) {
            addEdge(from: from, to: to)
            hasPredecessor[to - tasks.lowerBound] = true
            hasSuccessor[from - tasks.lowerBound] = true
        }

        for index in children.indices {
            let child = fragment(of: children[index])
            for position in child.requirements {
                let use = requirements[position]
                let known = scratch[use.symbol]
                if known.child < 0 || known.child == index && isInput(use.symbol) {
                    appendRequirement(use)
                } else if known.child == index {
                    throw .requiresOwnOutput(task: names[use.task], symbol: symbolName(use.symbol), flow: flow.name)
                } else {
                    connect(known.provider, use.task)
                }
            }
            for position in child.optionals {
                let use = optionals[position]
                let known = scratch[use.symbol]
                if known.child >= 0, known.child != index {
                    connect(known.provider, use.task)
                } else {
                    appendOptional(use)
                }
            }
        }

        if !flow.links.isEmpty {
            var childNamed: [String: Int] = [:]
            for index in children.indices { childNamed[childName(children[index])] = index }
            for link in flow.links {
                guard let from = childNamed[link.from] else { throw .unknownLinkEndpoint(name: link.from, flow: flow.name) }
                guard let to = childNamed[link.to] else { throw .unknownLinkEndpoint(name: link.to, flow: flow.name) }
                for sink in fragment(of: children[from]).sinks {
                    for source in fragment(of: children[to]).sources { connect(endpoint(sink), endpoint(source)) }
                }
            }
        }

        for child in children {
            for position in fragment(of: child).sources where !hasPredecessor[endpoint(position) - tasks.lowerBound] {
                appendEndpoint(endpoint(position))
            }
        }
        let sinks = mark.endpoints
        for child in children {
            for position in fragment(of: child).sinks where !hasSuccessor[endpoint(position) - tasks.lowerBound] {
                appendEndpoint(endpoint(position))
            }
        }
        return finish(from: start, sources: start.endpoints..<sinks, sinks: sinks..<mark.endpoints)
    }
}
