extension FlowCompiler {
    /// Joins the children of an unordered flow: no edges, all may run at once.
    ///
    /// Rules: children must not consume each other's outputs, and two children must not
    /// provide the same symbol. Optional requirements never make the flow invalid.
    mutating func unordered(_ name: String, _ children: [Fragment]) throws(FlowDefinitionError) -> Fragment {
        var providerOf: [String: Int] = [:]
        var result = Fragment(flow: name)
        for (index, child) in children.enumerated() {
            for symbol in child.provides.symbols {
                let providers = child.provides[symbol] ?? []
                if providerOf.updateValue(index, forKey: symbol) != nil {
                    let earlier = result.provides[symbol] ?? []
                    throw .duplicateProvider(symbol: symbol, providers: names(earlier + providers), flow: name)
                }
                result.provides.add(symbol, providers)
            }
        }
        for (index, child) in children.enumerated() {
            for symbol in child.requires.symbols {
                let consumers = child.requires[symbol] ?? []
                if let provider = providerOf[symbol], provider != index {
                    throw .siblingDependency(
                        symbol: symbol, consumers: names(consumers),
                        providers: names(result.provides[symbol] ?? []), flow: name
                    )
                }
                result.requires.add(symbol, consumers)
            }
            for symbol in child.optional.symbols {
                result.optional.add(symbol, child.optional[symbol] ?? [])
            }
            result.sources += child.sources
            result.sinks += child.sinks
        }
        return result
    }
}
