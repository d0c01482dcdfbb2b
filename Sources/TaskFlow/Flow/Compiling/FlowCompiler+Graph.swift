extension FlowCompiler {
    /// Joins the children of a graph flow: an edge from the provider of each symbol to the
    /// tasks that consume it, plus an edge from every sink of `from` to every source of `to`
    /// for each link. Everything whose predecessors finished may run at once.
    ///
    /// Rules: two children providing one symbol make its consumers' order ambiguous; a child
    /// requiring what it provides itself is an error unless the symbol is a flow input; a link
    /// must name children of this flow. Cycles are found once the whole DAG is built.
    mutating func graph(
        _ name: String, links: [FlowLink], _ children: [Fragment]
    ) throws(FlowDefinitionError) -> Fragment {
        var providerOf: [String: Int] = [:]
        var result = Fragment(flow: name)
        for (index, child) in children.enumerated() {
            for symbol in child.provides.symbols {
                let providers = child.provides[symbol] ?? []
                if let earlier = result.provides[symbol] {
                    throw .ambiguousProvider(symbol: symbol, providers: names(earlier + providers), flow: name)
                }
                providerOf[symbol] = index
                result.provides.add(symbol, providers)
            }
        }

        // Tasks that gain a predecessor or a successor here stop being sources or sinks.
        var hasPredecessor = Set<Int>()
        var hasSuccessor = Set<Int>()
        func connect(_ from: [Int], _ to: [Int]) {
            for source in from {
                for target in to {
                    addEdge(from: source, to: target)
                    hasPredecessor.insert(target)
                }
                hasSuccessor.insert(source)
            }
        }

        for (index, child) in children.enumerated() {
            for symbol in child.requires.symbols {
                let consumers = child.requires[symbol] ?? []
                switch providerOf[symbol] {
                case index? where inputs.contains(symbol):
                    result.requires.add(symbol, consumers)
                case index?:
                    throw .requiresOwnOutput(task: names(consumers)[0], symbol: symbol, flow: name)
                case let provider?:
                    connect(children[provider].provides[symbol] ?? [], consumers)
                case nil:
                    result.requires.add(symbol, consumers)
                }
            }
            for symbol in child.optional.symbols {
                let consumers = child.optional[symbol] ?? []
                if let provider = providerOf[symbol], provider != index {
                    connect(children[provider].provides[symbol] ?? [], consumers)
                } else {
                    result.optional.add(symbol, consumers)
                }
            }
        }

        if !links.isEmpty {
            var childNamed: [String: Int] = [:]
            for (index, child) in children.enumerated() { childNamed[child.name] = index }
            for link in links {
                guard let from = childNamed[link.from] else { throw .unknownLinkEndpoint(name: link.from, flow: name) }
                guard let to = childNamed[link.to] else { throw .unknownLinkEndpoint(name: link.to, flow: name) }
                connect(children[from].sinks, children[to].sources)
            }
        }

        for child in children {
            result.sources += child.sources.filter { !hasPredecessor.contains($0) }
            result.sinks += child.sinks.filter { !hasSuccessor.contains($0) }
        }
        return result
    }
}
