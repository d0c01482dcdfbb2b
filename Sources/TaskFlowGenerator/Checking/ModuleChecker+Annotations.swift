extension ModuleChecker {
    /// Reads every doc comment's blocks: `- Task:` on functions builds tasks, `- Flow:` on types
    /// declares flows, and every block anywhere else is an error.
    mutating func readAnnotations() {
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
}
