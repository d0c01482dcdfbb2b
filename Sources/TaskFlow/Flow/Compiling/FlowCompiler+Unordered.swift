extension FlowCompiler {
    /// Joins the children of an unordered flow: no edges, all may run at once.
    ///
    /// Rules: children must not consume each other's outputs, and two children must not
    /// provide the same symbol. Optional requirements never make the flow invalid.
    mutating func unordered(_ flow: NestedFlow) throws(FlowDefinitionError) -> Fragment {
        if let failure = compileNested(flow.children).failure { throw failure }
        let children = flow.children
        let start = mark
        defer { clearScratch(since: start) }
        try collectProvisions(of: children) { .duplicateProvider(symbol: $0, providers: $1, flow: flow.name) }
        for index in children.indices {
            let child = fragment(of: children[index])
            for position in child.requirements {
                let use = requirements[position]
                let known = scratch[use.symbol]
                if known.child >= 0, known.child != index {
                    throw .siblingDependency(
                        symbol: symbolName(use.symbol), consumers: consumers(of: use.symbol, in: child),
                        providers: [names[known.provider]], flow: flow.name
                    )
                }
                appendRequirement(use)
            }
            for position in child.optionals { appendOptional(optionals[position]) }
        }
        for child in children {
            for position in fragment(of: child).sources { appendEndpoint(endpoint(position)) }
        }
        let sinks = mark.endpoints
        for child in children {
            for position in fragment(of: child).sinks { appendEndpoint(endpoint(position)) }
        }
        return finish(from: start, sources: start.endpoints..<sinks, sinks: sinks..<mark.endpoints)
    }
}
