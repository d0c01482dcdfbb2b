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

/// The passes of `checkModule(named:files:)`, in order; each family of passes lives in its own
/// `ModuleChecker+…` file.
struct ModuleChecker {
    let files: [FileDeclarations]
    let types: ModuleTypes
    let scopes: FunctionScopes
    /// Everything reported so far, in no particular order.
    var diagnostics: [Diagnostic] = []
    var tasks: [BuiltTask] = []
    var flows: [DeclaredFlow] = []
    /// Symbol and task pairs already reported as clashing with a result slot (reported once,
    /// not once per flow that includes them).
    var reportedResultClashes: Set<[String]> = []

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
        let hiddenRuntimeNames = hiddenRuntimeNames()
        checkRuntimeModuleName(hidden: hiddenRuntimeNames)
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
        let publicInterface = PublicInterface(types: types)
        for flow in checkedFlows {
            diagnostics += durableState.diagnostics(for: flow)
            diagnostics += publicInterface.diagnostics(for: flow)
            diagnostics += ConditionalCompilation().diagnostics(for: flow)
        }
        let module = CheckedModule(
            moduleName: moduleName, flows: checkedFlows, imports: moduleImports(),
            conditionalImports: moduleConditionalImports(), hiddenRuntimeNames: hiddenRuntimeNames)
        let sorted = diagnostics.sortedForReport()
        let scan = ScanReport(tasks: tasks.map(ScannedTask.init), flows: flows.indices.map { index in
            ScannedFlow(flows[index], summary: summaries[index])
        }, diagnostics: sorted)
        return CheckResult(module: module, scan: scan, diagnostics: sorted)
    }
}
