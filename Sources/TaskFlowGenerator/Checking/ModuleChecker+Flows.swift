extension ModuleChecker {
    /// Checks one flow's data flow over its children (nested flows already summarised) and
    /// returns what its parent and the emitter see of it.
    mutating func summarize(_ index: Int, children resolved: [ResolvedChild?], summaries: [FlowSummary?]) -> FlowSummary {
        let flow = flows[index]
        var isValid = !flow.hasErrors
        var units: [FlowUnit] = []
        var unitIndices: [Int] = []  // position in `flow.children` of each unit
        var taskIndices: [Int] = []
        var parts: [(nested: Int?, offset: Int)] = []  // each unit's place in the structure
        var children: [FlowChild] = []
        var firstPlace: [String: (unit: Int, via: String?)] = [:]
        for (position, child) in resolved.enumerated() {
            let written = flow.children[position]
            guard let child else {
                isValid = false
                continue
            }
            switch child {
            case .task(let taskIndex):
                let task = tasks[taskIndex]
                if task.hasErrors { isValid = false }
                children.append(FlowChild(kind: .task(task.model.name), location: written.location))
                if !recordTask(taskIndex, unit: units.count, via: nil, written: written, flow: flow, units: units, firstPlace: &firstPlace) {
                    isValid = false
                }
                parts.append((nil, taskIndices.count))
                taskIndices.append(taskIndex)
                units.append(unit(for: task, written: written))
            case .flow(let nestedIndex):
                let nested = flows[nestedIndex]
                children.append(FlowChild(kind: .flow(nested.declaration.path), location: written.location))
                guard let summary = summaries[nestedIndex] else {
                    isValid = false  // on a nesting cycle: already reported
                    continue
                }
                if !summary.isValid { isValid = false }
                for taskIndex in summary.tasks where !recordTask(
                    taskIndex, unit: units.count, via: nested.name, written: written, flow: flow, units: units, firstPlace: &firstPlace) {
                    isValid = false
                }
                parts.append((nestedIndex, taskIndices.count))
                taskIndices += summary.tasks
                units.append(FlowUnit(
                    name: nested.name, written: written,
                    requires: summary.dataFlow.inputs, optional: summary.dataFlow.optionalInputs,
                    provides: summary.dataFlow.outputs, context: summary.context,
                    aliases: [nested.typeName, nested.declaration.path.last ?? nested.name],
                    runInputNeeds: summary.dataFlow.runInputNeeds.map { need in
                        var moved = need
                        moved.location = written.location
                        return moved
                    }))
            }
            unitIndices.append(position)
        }

        var dataFlow: DataFlow
        var links: [FlowLinkModel] = []
        switch flow.pattern {
        case .linear:
            dataFlow = checkLinearDataFlow(units, types: types)
        case .unordered:
            dataFlow = checkUnorderedDataFlow(units, types: types)
        case .graph:
            (dataFlow, links) = checkGraphDataFlow(units, links: flow.links, flowName: flow.name, types: types)
        }
        let (context, contextDiagnostics) = agreeOnContext(units, types: types)
        dataFlow.diagnostics += contextDiagnostics
        checkRunInputNeeds(units, flow: flow, dataFlow: &dataFlow)
        if checkResultSlots(taskIndices, dataFlow: &dataFlow) { isValid = false }
        diagnostics += dataFlow.diagnostics
        if dataFlow.diagnostics.containsError { isValid = false }

        // The tree is built only for flows that reach the emitter: invalid flows (nesting
        // cycles included) never pay for copying their nested trees.
        let structures: [FlowStructure] = isValid
            ? parts.map { part in
                guard let nested = part.nested, let summary = summaries[nested] else { return .task(part.offset) }
                return summary.structure.offsettingTasks(by: part.offset)
            }
            : []
        return FlowSummary(
            isValid: isValid, dataFlow: dataFlow, tasks: taskIndices,
            structure: .flow(name: flow.name, pattern: flow.pattern, links: links, children: structures),
            children: children, links: links, context: context)
    }

    /// Checks that every symbol a nested flow transforms after reading it (see `RunInputNeed`)
    /// is still an input here; one this flow provides itself is an error, since the engine
    /// would reject the flow when this one is run.
    func checkRunInputNeeds(_ units: [FlowUnit], flow: DeclaredFlow, dataFlow: inout DataFlow) {
        let needs: [RunInputNeed] = dataFlow.runInputNeeds + units.flatMap(\.runInputNeeds)
        guard !needs.isEmpty else { return }
        var inputs: Set<String> = []
        for use in dataFlow.inputs + dataFlow.optionalInputs { inputs.insert(use.symbol) }
        var providers: [String: SymbolUse] = [:]
        for use in dataFlow.outputs where providers[use.symbol] == nil { providers[use.symbol] = use }
        var kept: [RunInputNeed] = []
        for need in needs {
            if inputs.contains(need.symbol) {
                kept.append(need)
                continue
            }
            let provider = providers[need.symbol]?.task ?? "another task"
            dataFlow.diagnostics.append(.error(
                "'\(need.reader)' reads '\(need.symbol)' before '\(need.transformer)' replaces it, which the engine allows only when '\(need.symbol)' is an input of the run, but '\(provider)' in flow '\(flow.name)' provides it; rename the replaced symbol or let '\(need.transformer)' run first",
                at: need.location))
        }
        dataFlow.runInputNeeds = kept
    }

    /// Reports a symbol named like the property generated code keeps a task's result in for its
    /// revert (``GeneratedNames/result(_:)``): both would be properties of the flow's state.
    /// - Returns: Whether there is a clash (reported once per symbol and task in the module).
    mutating func checkResultSlots(_ taskIndices: [Int], dataFlow: inout DataFlow) -> Bool {
        let names = GeneratedNames(tasks: taskIndices.map { tasks[$0].model.name })
        var slots: [String: BuiltTask] = [:]
        for index in taskIndices where tasks[index].model.revert?.readsResult == true {
            slots[names.result(tasks[index].model.name)] = tasks[index]
        }
        guard !slots.isEmpty else { return false }
        var clashes = false
        for use in dataFlow.inputs + dataFlow.optionalInputs + dataFlow.outputs {
            guard let task = slots[use.symbol] else { continue }
            clashes = true
            guard reportedResultClashes.insert([use.symbol, task.model.name]).inserted else { continue }
            dataFlow.diagnostics.append(.error(
                "symbol '\(use.symbol)' of '\(use.task)' has the name generated code gives the result of '\(task.model.name)' (kept for its revert); rename the symbol",
                at: use.taskLocation,
                notes: [.note("'\(task.model.name)' is declared here", at: task.model.annotationLocation)]))
        }
        return clashes
    }

    /// Records that a flow runs a task, reporting a task that runs twice in one flow.
    mutating func recordTask(_ taskIndex: Int, unit: Int, via: String?, written: ListElement, flow: DeclaredFlow,
                                     units: [FlowUnit], firstPlace: inout [String: (unit: Int, via: String?)]) -> Bool {
        let name = tasks[taskIndex].model.name
        guard let first = firstPlace[name] else {
            firstPlace[name] = (unit, via)
            return true
        }
        let here = via.map { "through flow '\($0)'" } ?? "directly"
        let there = first.via.map { "through flow '\($0)'" } ?? "directly"
        let firstLocation = first.unit < units.count ? units[first.unit].written.location : written.location
        diagnostics.append(.error(
            "task '\(name)' runs twice in flow '\(flow.name)' (\(here), and \(there)); a task runs once per flow",
            at: written.location,
            notes: [.note("'\(name)' is first included here", at: firstLocation)]))
        return false
    }

    /// A task as a child of a flow: what it reads and provides, and its context.
    func unit(for task: BuiltTask, written: ListElement) -> FlowUnit {
        let model = task.model
        let use = { (symbol: String, type: String) in
            SymbolUse(symbol: symbol, type: type, task: model.name, taskLocation: model.annotationLocation)
        }
        var requires: [SymbolUse] = []
        var optional: [SymbolUse] = []
        for case .symbol(_, let symbol, let type, let isOptional, _) in model.arguments {
            if isOptional { optional.append(use(symbol, type)) } else { requires.append(use(symbol, type)) }
        }
        let contextType = model.contextType ?? model.revert?.contextType
        return FlowUnit(
            name: model.name, written: written, requires: requires, optional: optional,
            provides: model.provides.map { use($0.symbol, $0.type) },
            context: contextType.map { use("context", $0) },
            aliases: [task.declaration.name])
    }

    /// The checked flow the emitter receives for a valid flow.
    func assemble(_ flow: DeclaredFlow, _ summary: FlowSummary) -> CheckedFlow {
        let models = summary.tasks.map { tasks[$0].model }
        let info = { (use: SymbolUse) in SymbolInfo(name: use.symbol, type: use.type) }
        return CheckedFlow(
            flow: FlowModel(
                name: flow.name, typePath: flow.declaration.path, pattern: flow.pattern,
                children: summary.children, links: summary.links,
                annotationLocation: flow.block.location, annotationText: flow.block.text,
                isDurable: flow.isDurable,
                access: types.effectiveAccess(of: flow.declaration.path) ?? .internal,
                conditions: flow.declaration.conditions,
                version: flow.version),
            tasks: models,
            structure: summary.structure,
            inputs: summary.dataFlow.inputs.map(info),
            optionalInputs: summary.dataFlow.optionalInputs.map(info),
            outputs: summary.dataFlow.outputs.map(info),
            contextType: summary.context?.type,
            owners: ownerParameters(for: models))
    }
}
