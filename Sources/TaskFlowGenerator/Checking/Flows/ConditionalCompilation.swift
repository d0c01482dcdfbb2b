/// The rule of flows and tasks inside `#if`: a flow's generated code is compiled under the
/// flow type's conditions, so every function it calls — each task's, and each revert's — must
/// be compiled wherever the flow is.
///
/// A task inside `#if DEBUG` in a flow outside it would make the generated file fail to
/// compile in a release build; it is reported at the `- Flow:` line, with a note at the task.
/// Conditions are compared clause by clause as written (see `CompilationCondition`).
struct ConditionalCompilation {
    /// Errors for the functions `flow` calls that are not compiled wherever the flow is.
    func diagnostics(for flow: CheckedFlow) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for task in flow.tasks {
            var functions = [(role: "task '\(task.name)'", function: task.function)]
            if let revert = task.revert { functions.append(("revert of task '\(task.name)'", revert.function)) }
            for (role, function) in functions where !CompilationCondition.holds(function.conditions, wherever: flow.flow.conditions) {
                let missing = function.conditions.filter { !CompilationCondition.holds([$0], wherever: flow.flow.conditions) }
                let flowPlace = flow.flow.conditions.isEmpty
                    ? "is not inside '#if'"
                    : "is compiled only where '\(CompilationCondition.conjunction(flow.flow.conditions))' holds"
                diagnostics.append(.error(
                    "flow '\(flow.flow.name)' calls '\(function.signature)' (\(role)), which is compiled only where"
                        + " '\(CompilationCondition.conjunction(missing))' holds, but the flow \(flowPlace);"
                        + " declare the flow's type under the same '#if', or the function outside it",
                    at: flow.flow.annotationLocation,
                    notes: [.note("task '\(task.name)' is declared here", at: task.annotationLocation)]))
            }
        }
        return diagnostics
    }
}
