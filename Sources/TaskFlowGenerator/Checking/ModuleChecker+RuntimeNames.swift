extension ModuleChecker {
    /// The runtime's types that generated code names without `TaskFlow.`.
    static let runtimeTypeNames: Set<String> = [
        "Engine", "Flow", "FlowTask", "FlowStore", "FlowNode", "FlowLink", "FlowMetadata",
        "TaskMetadata", "TaskVersion", "RevertCause", "RunID",
    ]

    /// Reports each top-level type of a module with flows that is named like a runtime type
    /// the generated code uses: the module's type would hide TaskFlow's there, and the
    /// generated file would not compile.
    mutating func checkRuntimeNameClashes() {
        guard !flows.isEmpty else { return }
        for file in files {
            for type in file.types where type.kind != "extension" && type.path.count == 1
                && Self.runtimeTypeNames.contains(type.name) {
                diagnostics.append(.error(
                    "\(type.kind) '\(type.name)' hides TaskFlow's '\(type.name)', which the module's generated flows use; rename it",
                    at: type.nameLocation))
            }
        }
    }
}
