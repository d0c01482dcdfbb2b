/// Reads the annotations of a module's declarations, builds and checks its tasks and flows,
/// and returns the flows that are free of errors together with every diagnostic.
///
/// Checking never stops at the first problem: all errors of a run are reported, sorted by file
/// and line. Every pass is linear in the module's size (dictionaries keyed by name, built once).
/// - Parameters:
///   - moduleName: The module (target) name.
///   - files: What the reading stage found in each source file.
/// - Returns: The checked module, the scan report and the diagnostics.
public func checkModule(named moduleName: String, files: [FileDeclarations]) -> CheckResult {
    var checker = ModuleChecker(files: files)
    return checker.run(moduleName: moduleName)
}

/// The passes of `checkModule(named:files:)`, in order.
private struct ModuleChecker {
    let files: [FileDeclarations]
    let types: ModuleTypes
    let scopes: FunctionScopes
    var diagnostics: [Diagnostic] = []
    var tasks: [BuiltTask] = []
    var flows: [DeclaredFlow] = []

    init(files: [FileDeclarations]) {
        self.files = files
        self.types = ModuleTypes(files: files)
        self.scopes = FunctionScopes(files: files)
    }

    mutating func run(moduleName: String) -> CheckResult {
        for file in files { diagnostics += file.diagnostics }
        readAnnotations()
        checkDuplicateTaskNames()
        checkDuplicateFlowNames()
        var resolver = ChildResolver(tasks: tasks, flows: flows, types: types)
        var children: [[ResolvedChild?]] = []
        for index in flows.indices {
            children.append(flows[index].children.map { element in
                switch resolver.resolve(element) {
                case .success(let child):
                    return child
                case .failure(let error):
                    diagnostics.append(error.diagnostic)
                    return nil
                }
            })
        }
        let nesting = NestingOrder(flows: flows, children: children)
        diagnostics += nesting.diagnostics
        var summaries: [FlowSummary?] = Array(repeating: nil, count: flows.count)
        for index in nesting.order {
            var summary = summarize(index, children: children[index], summaries: summaries)
            if nesting.cyclic.contains(index) { summary.isValid = false }
            summaries[index] = summary
        }
        let checkedFlows = flows.indices.compactMap { index -> CheckedFlow? in
            guard let summary = summaries[index], summary.isValid else { return nil }
            return assemble(flows[index], summary)
        }.sorted { $0.flow.typeName < $1.flow.typeName }
        let durableState = DurableState(files: files)
        for flow in checkedFlows { diagnostics += durableState.diagnostics(for: flow) }
        let module = CheckedModule(moduleName: moduleName, flows: checkedFlows, imports: moduleImports())
        let sorted = diagnostics.sortedForReport()
        let scan = ScanReport(tasks: tasks.map(ScannedTask.init), flows: flows.indices.map { index in
            ScannedFlow(flows[index], summary: summaries[index])
        }, diagnostics: sorted)
        return CheckResult(module: module, scan: scan, diagnostics: sorted)
    }

    // MARK: - Reading annotations

    private mutating func readAnnotations() {
        for file in files {
            for function in file.functions {
                guard let comment = function.docComment else { continue }
                let parsed = parseAnnotations(in: comment)
                diagnostics += parsed.diagnostics
                var taskBlock: AnnotationBlock?
                for block in parsed.blocks {
                    switch block.kind {
                    case .flow:
                        diagnostics.append(.error(
                            "'- Flow:' goes on a type (usually an empty enum), not on a function; use '- Task:' for a function",
                            at: block.location))
                    case .task where taskBlock != nil:
                        diagnostics.append(.error(
                            "'\(function.name)' carries more than one '- Task:'; a function is one task",
                            at: block.location,
                            notes: taskBlock.map { [.note("the first '- Task:' is here", at: $0.location)] } ?? []))
                    case .task:
                        taskBlock = block
                    }
                }
                if let block = taskBlock {
                    let (task, found) = buildTask(function, block: block, types: types, scopes: scopes)
                    tasks.append(task)
                    diagnostics += found
                }
            }
            for type in file.types {
                guard let comment = type.docComment else { continue }
                let parsed = parseAnnotations(in: comment)
                diagnostics += parsed.diagnostics
                var flowBlock: AnnotationBlock?
                for block in parsed.blocks {
                    switch block.kind {
                    case .task:
                        diagnostics.append(.error(
                            "'- Task:' goes on a func, not on a \(type.kind); annotate the function the task calls",
                            at: block.location))
                    case .flow where flowBlock != nil:
                        diagnostics.append(.error(
                            "'\(type.name)' carries more than one '- Flow:'; declare each flow on its own type",
                            at: block.location,
                            notes: flowBlock.map { [.note("the first '- Flow:' is here", at: $0.location)] } ?? []))
                    case .flow:
                        flowBlock = block
                    }
                }
                if let block = flowBlock {
                    let (flow, found) = buildFlow(type, block: block, types: types)
                    flows.append(flow)
                    diagnostics += found
                }
            }
            for other in file.others {
                let parsed = parseAnnotations(in: other.docComment)
                diagnostics += parsed.diagnostics
                for block in parsed.blocks {
                    diagnostics.append(.error(
                        block.kind == .task
                            ? "'- Task:' goes on a func, not on '\(other.keyword)'; move the work into a function and annotate it"
                            : "'- Flow:' goes on a struct, enum, class or actor, not on '\(other.keyword)'",
                        at: block.location))
                }
            }
        }
    }

    // MARK: - Names

    private mutating func checkDuplicateTaskNames() {
        var byName: [String: [Int]] = [:]
        for (index, task) in tasks.enumerated() { byName[task.model.name, default: []].append(index) }
        for (index, task) in tasks.enumerated() {
            guard let same = byName[task.model.name], same.count > 1 else { continue }
            tasks[index].hasErrors = true
            diagnostics.append(.error(
                "duplicate task name '\(task.model.name)'; task names are unique in a module (even in exclusive '#if' branches) — rename one",
                at: task.block.value.text.isEmpty ? task.block.location : task.block.value.location,
                notes: same.filter { $0 != index }.map { .note("'\(task.model.name)' is also declared here", at: tasks[$0].block.location) }))
        }
    }

    private mutating func checkDuplicateFlowNames() {
        var byName: [String: [Int]] = [:]
        for (index, flow) in flows.enumerated() { byName[flow.name, default: []].append(index) }
        for (index, flow) in flows.enumerated() {
            guard let same = byName[flow.name], same.count > 1 else { continue }
            flows[index].hasErrors = true
            diagnostics.append(.error(
                "duplicate flow name '\(flow.name)'; flow names are unique in a module — rename one",
                at: flow.block.value.text.isEmpty ? flow.block.location : flow.block.value.location,
                notes: same.filter { $0 != index }.map { .note("'\(flow.name)' is also declared here", at: flows[$0].block.location) }))
        }
    }

    // MARK: - Flows

    private mutating func summarize(_ index: Int, children resolved: [ResolvedChild?], summaries: [FlowSummary?]) -> FlowSummary {
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
                    aliases: [nested.typeName, nested.declaration.path.last ?? nested.name]))
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

    /// Records that a flow runs a task, reporting a task that runs twice in one flow.
    private mutating func recordTask(_ taskIndex: Int, unit: Int, via: String?, written: ListElement, flow: DeclaredFlow,
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

    private func unit(for task: BuiltTask, written: ListElement) -> FlowUnit {
        let model = task.model
        let use = { (symbol: String, type: String) in
            SymbolUse(symbol: symbol, type: type, task: model.name, taskLocation: model.annotationLocation)
        }
        var requires: [SymbolUse] = []
        var optional: [SymbolUse] = []
        for case .symbol(_, let symbol, let type, let isOptional) in model.arguments {
            if isOptional { optional.append(use(symbol, type)) } else { requires.append(use(symbol, type)) }
        }
        let contextType = model.contextType ?? model.revert?.contextType
        return FlowUnit(
            name: model.name, written: written, requires: requires, optional: optional,
            provides: model.provides.map { use($0.symbol, $0.type) },
            context: contextType.map { use("context", $0) },
            aliases: [task.declaration.name])
    }

    private func assemble(_ flow: DeclaredFlow, _ summary: FlowSummary) -> CheckedFlow {
        let models = summary.tasks.map { tasks[$0].model }
        let info = { (use: SymbolUse) in SymbolInfo(name: use.symbol, type: use.type) }
        return CheckedFlow(
            flow: FlowModel(
                name: flow.name, typePath: flow.declaration.path, pattern: flow.pattern,
                children: summary.children, links: summary.links,
                annotationLocation: flow.block.location, annotationText: flow.block.text,
                isDurable: flow.isDurable),
            tasks: models,
            structure: summary.structure,
            inputs: summary.dataFlow.inputs.map(info),
            optionalInputs: summary.dataFlow.optionalInputs.map(info),
            outputs: summary.dataFlow.outputs.map(info),
            contextType: summary.context?.type,
            owners: ownerParameters(for: models))
    }

    // MARK: - Imports

    private func moduleImports() -> [String] {
        var imports: Set<String> = []
        for file in files {
            for line in file.imports where importedModule(line) != "TaskFlow" { imports.insert(line) }
        }
        return imports.sorted()
    }
}

/// The module an import declaration imports: the first path component after `import` and an
/// optional kind (`import struct Foundation.UUID` imports `Foundation`).
private func importedModule(_ declaration: String) -> String {
    let words = declaration.split(separator: " ")
    guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return "" }
    var path = words[index + 1]
    let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var", "actor"]
    if kinds.contains(path), index + 2 < words.count { path = words[index + 2] }
    return String(path.split(separator: ".").first ?? "")
}
