extension FlowCompiler {
    /// Joins the children of a graph flow: an edge from the provider of each symbol to the
    /// tasks that consume it, plus an edge from every sink of `from` to every source of `to`
    /// for each link. Everything whose predecessors finished may run at once.
    ///
    /// Rules: two children providing one symbol make its consumers' order ambiguous; a child
    /// requiring what it provides itself is an error unless the symbol is a flow input; a link
    /// must name children of this flow. Cycles are found once the whole DAG is built.
    mutating func graph(
        _ name: String, links: [FlowLink], _ children: [Fragment], tasks range: Range<Int>
    ) throws(FlowDefinitionError) -> Fragment {
        var providerOf: [String: Int] = [:]
        providerOf.reserveCapacity(children.count)
        var result = Fragment(flow: name)
        result.provides.reserveCapacity(children.count)
        // Indices, not `enumerated()`: each copy of a fragment retains all its arrays.
        for index in children.indices {
            for symbol in children[index].provides.symbols {
                let providers = children[index].provides[symbol] ?? []
                if providerOf.updateValue(index, forKey: symbol) != nil {
                    let earlier = result.provides[symbol] ?? []
                    throw .ambiguousProvider(symbol: symbol, providers: names(earlier + providers), flow: name)
                }
                result.provides.add(symbol, providers)
            }
        }

        // Tasks that gain a predecessor or a successor here stop being sources or sinks.
        // The children's tasks are numbered contiguously, so flags by offset in `range` suffice.
        var hasPredecessor = [Bool](repeating: false, count: range.count)
        var hasSuccessor = [Bool](repeating: false, count: range.count)
        func connect(_ from: [Int], _ to: [Int]) {
            for source in from {
                for target in to {
                    addEdge(from: source, to: target)
                    hasPredecessor[target - range.lowerBound] = true
                }
                hasSuccessor[source - range.lowerBound] = true
            }
        }

        for index in children.indices {
            for symbol in children[index].requires.symbols {
                let consumers = children[index].requires[symbol] ?? []
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
            for symbol in children[index].optional.symbols {
                let consumers = children[index].optional[symbol] ?? []
                if let provider = providerOf[symbol], provider != index {
                    connect(children[provider].provides[symbol] ?? [], consumers)
                } else {
                    result.optional.add(symbol, consumers)
                }
            }
        }

        if !links.isEmpty {
            var childNamed: [String: Int] = [:]
            for index in children.indices { childNamed[children[index].name] = index }
            for link in links {
                guard let from = childNamed[link.from] else { throw .unknownLinkEndpoint(name: link.from, flow: name) }
                guard let to = childNamed[link.to] else { throw .unknownLinkEndpoint(name: link.to, flow: name) }
                connect(children[from].sinks, children[to].sources)
            }
        }

        for index in children.indices {
            for source in children[index].sources where !hasPredecessor[source - range.lowerBound] {
                result.sources.append(source)
            }
            for sink in children[index].sinks where !hasSuccessor[sink - range.lowerBound] {
                result.sinks.append(sink)
            }
        }
        return result
    }
}
