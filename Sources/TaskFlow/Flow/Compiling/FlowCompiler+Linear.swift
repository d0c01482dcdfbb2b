extension FlowCompiler {
    /// Joins the children of a linear flow: each child after the previous one.
    ///
    /// Rules: a requirement that only a later child provides is an order mistake (unless the
    /// run is given it as an input); a symbol provided a second time is an error unless that
    /// child also requires it — an explicit transform, which replaces the earlier value.
    ///
    /// The nested flows among the children are compiled first. When one is invalid, the children
    /// before it are still joined, and a problem among them is reported first: the problems
    /// come in the order a walk down the list meets them.
    mutating func linear(_ flow: NestedFlow) throws(FlowDefinitionError) -> Fragment {
        let (compiled, failure) = compileNested(flow.children)
        let fragment = try join(linear: flow.name, flow.children[..<compiled])
        if let failure { throw failure }
        return fragment
    }

    private mutating func join(linear name: String, _ children: ArraySlice<Child>) throws(FlowDefinitionError) -> Fragment {
        let start = mark
        defer { clearScratch(since: start) }
        // In `scratch`: `provision` and `provider` hold the provider so far, `child` the requirements nothing
        // earlier provided and no input supplies: a later provider of one is an order mistake.
        var first: Fragment?
        var previous: Fragment?
        for index in children.indices {
            let child = fragment(of: children[index])
            for position in child.requirements {
                let use = requirements[position]
                let known = scratch[use.symbol]
                guard known.provision < 0 else { continue }
                if known.child < 0, !isInput(use.symbol) { scratch[use.symbol].child = index }
                appendRequirement(use)
            }
            for position in child.optionals where scratch[optionals[position].symbol].provision < 0 {
                appendOptional(optionals[position])
            }
            for position in child.provisions {
                let provision = provisions[position]
                let known = scratch[provision.symbol]
                if known.child >= 0, known.child < index {
                    // `child` was set with the first of the flow's uses of the symbol.
                    let consumer = requirements[start.requirements...].first { $0.symbol == provision.symbol }
                    throw .providedLater(
                        symbol: symbolName(provision.symbol), consumer: names[consumer?.task ?? provision.task],
                        providers: [names[provision.task]], flow: name
                    )
                }
                let earlier = known.provision
                if earlier < 0 {
                    appendProvision(symbol: provision.symbol, task: provision.task)
                } else if provision.alsoRequired {
                    replaceProvider(at: earlier, with: provision.task)
                } else {
                    throw .duplicateProvider(
                        symbol: symbolName(provision.symbol),
                        providers: [names[provisions[earlier].task], names[provision.task]], flow: name
                    )
                }
            }
            // Order: every sink of the previous child before every source of this one.
            guard !child.isEmpty else { continue }
            if let previous {
                for sink in previous.sinks {
                    for source in child.sources { addEdge(from: endpoint(sink), to: endpoint(source)) }
                }
            } else {
                first = child
            }
            previous = child
        }
        // The first child's sources and the last one's sinks are the flow's: no copy needed.
        return finish(from: start, sources: first?.sources ?? 0..<0, sinks: previous?.sinks ?? 0..<0)
    }
}
