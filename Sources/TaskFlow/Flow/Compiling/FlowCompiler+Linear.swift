extension FlowCompiler {
    /// Joins the children of a linear flow: each child after the previous one.
    ///
    /// Rules: a requirement that only a later child provides is an order mistake (unless the
    /// run is given it as an input); a symbol provided a second time is an error unless that
    /// child also requires it — an explicit transform, which replaces the earlier value.
    mutating func linear(_ name: String, _ children: [Fragment]) throws(FlowDefinitionError) -> Fragment {
        // The first child providing each symbol, to tell an order mistake from a flow input.
        var firstProvider: [String: Int] = [:]
        for (index, child) in children.enumerated() {
            for symbol in child.provides.symbols where firstProvider[symbol] == nil {
                firstProvider[symbol] = index
            }
        }

        var result = Fragment(flow: name)
        var previous: Fragment?
        for (index, child) in children.enumerated() {
            for symbol in child.requires.symbols where result.provides[symbol] == nil {
                let consumers = child.requires[symbol] ?? []
                if let provider = firstProvider[symbol], provider > index, !inputs.contains(symbol) {
                    throw .providedLater(
                        symbol: symbol, consumer: names(consumers)[0],
                        providers: names(children[provider].provides[symbol] ?? []), flow: name
                    )
                }
                result.requires.add(symbol, consumers)
            }
            for symbol in child.optional.symbols where result.provides[symbol] == nil {
                result.optional.add(symbol, child.optional[symbol] ?? [])
            }
            for symbol in child.provides.symbols {
                let providers = child.provides[symbol] ?? []
                if let earlier = result.provides[symbol], child.requires[symbol] == nil {
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
