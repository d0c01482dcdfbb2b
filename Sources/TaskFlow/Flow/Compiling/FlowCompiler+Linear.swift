extension FlowCompiler {
    /// Compiles the children of a linear flow and joins them: each child after the previous one.
    ///
    /// Rules: a requirement that only a later child provides is an order mistake (unless the
    /// run is given it as an input); a symbol provided a second time is an error unless that
    /// child also requires it — an explicit transform, which replaces the earlier value.
    ///
    /// Children are compiled and folded in one at a time, so a long linear flow never holds
    /// the fragments of all its children at once.
    mutating func linear(
        _ name: String, _ children: [FlowShape], next: inout Int
    ) throws(FlowDefinitionError) -> Fragment {
        var result = Fragment(flow: name)
        // Requirements nothing earlier provided and no input supplies, with the child requiring
        // them: a later provider of one of these is an order mistake.
        var unsatisfiedSince: [String: Int] = [:]
        var previous: Fragment?
        for (index, node) in children.enumerated() {
            let child = try compile(node, next: &next)
            for symbol in child.requires.symbols where !result.provides.contains(symbol) {
                if unsatisfiedSince[symbol] == nil, !inputs.contains(symbol) { unsatisfiedSince[symbol] = index }
                result.requires.add(symbol, child.requires[symbol] ?? [])
            }
            for symbol in child.optional.symbols where !result.provides.contains(symbol) {
                result.optional.add(symbol, child.optional[symbol] ?? [])
            }
            for symbol in child.provides.symbols {
                let providers = child.provides[symbol] ?? []
                if let since = unsatisfiedSince[symbol], since < index {
                    throw .providedLater(
                        symbol: symbol, consumer: names(result.requires[symbol] ?? [])[0],
                        providers: names(providers), flow: name
                    )
                }
                if let earlier = result.provides[symbol], !child.requires.contains(symbol) {
                    throw .duplicateProvider(symbol: symbol, providers: names(earlier + providers), flow: name)
                }
                result.provides.replace(symbol, with: providers)
            }
            // Order: every sink of the previous child before every source of this one.
            guard !child.isEmpty else { continue }
            if let previous {
                for sink in previous.sinks {
                    for source in child.sources { addEdge(from: sink, to: source) }
                }
            } else {
                result.sources = child.sources
            }
            previous = child
        }
        result.sinks = previous?.sinks ?? []
        return result
    }
}
