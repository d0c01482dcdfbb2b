extension FlowEmitter {
    /// Writes `static let metadata`: the flow's name, pattern, version (when not `1.0`), inputs,
    /// outputs and every task, depth first in listing order (the order `makeFlow` indexes them
    /// by).
    func writeMetadata(into writer: inout SourceWriter) {
        let location = flow.flow.annotationLocation
        writer.docComment("What `\(flow.flow.name)` is made of: its tasks, their versions and symbols, and where each is declared.")
        writer.block("\(api)static let metadata = \(runtime("FlowMetadata"))(", closing: ")") { body in
            body.line("name: \(SwiftSyntaxText.stringLiteral(flow.flow.name)),")
            body.line("typeName: \(SwiftSyntaxText.stringLiteral(flow.flow.typeName)),")
            body.line("pattern: .\(flow.flow.pattern.rawValue),")
            if flow.flow.version != .initial {
                let version = flow.flow.version
                body.line("version: \(runtime("TaskVersion"))(major: \(version.major), minor: \(version.minor)),")
            }
            body.line("inputs: \(SwiftSyntaxText.stringArray(flow.inputs.map(\.name))),")
            if !flow.optionalInputs.isEmpty {
                body.line("optionalInputs: \(SwiftSyntaxText.stringArray(flow.optionalInputs.map(\.name))),")
            }
            if outputsReadFromState {
                body.line("outputs: \(outputNameChunks.root.name("outputNames"))(),")
            } else {
                body.line("outputs: \(SwiftSyntaxText.stringArray(flow.outputs.map(\.name))),")
            }
            if buildsStepwise {
                body.line("tasks: \(taskMetadataChunks.root.name("taskMetadata"))(),")
            } else if flow.tasks.isEmpty {
                body.line("tasks: [],")
            } else {
                body.block("tasks: [", closing: "],") { list in
                    for task in flow.tasks { writeTaskMetadata(task, suffix: ",", into: &list) }
                }
            }
            body.line("file: \(SwiftSyntaxText.stringLiteral(recordedSourcePath(location.file))), line: \(location.line)")
        }
        if outputsReadFromState {
            outputNameChunks.writeArrayFunctions(
                base: "outputNames",
                describe: { "The names of outputs \($0) to \($1) of `\(flow.flow.name)`." },
                parameters: "",
                arguments: "",
                elementType: "String",
                variable: "names",
                into: &writer
            ) { index, list in
                list.line(SwiftSyntaxText.stringLiteral(flow.outputs[index].name) + ",")
            }
        }
        guard buildsStepwise else { return }
        taskMetadataChunks.writeArrayFunctions(
            base: "taskMetadata",
            describe: { "The metadata of tasks \($0) to \($1) of `\(flow.flow.name)`." },
            parameters: "",
            arguments: "",
            elementType: runtime("TaskMetadata"),
            variable: "tasks",
            into: &writer
        ) { index, list in
            writeTaskMetadata(flow.tasks[index], suffix: ",", into: &list)
        }
    }

    /// The functions that build the names of a flow's many outputs.
    private var outputNameChunks: ChunkTree { ChunkTree(count: flow.outputs.count) }

    /// The functions that build a large flow's task metadata.
    private var taskMetadataChunks: ChunkTree { ChunkTree(count: flow.tasks.count) }

    /// Writes one `TaskMetadata(…)` expression followed by `suffix`.
    private func writeTaskMetadata(_ task: TaskModel, suffix: String, into writer: inout SourceWriter) {
        writer.block("\(runtime("TaskMetadata"))(", closing: ")" + suffix) { fields in
            fields.line("name: \(SwiftSyntaxText.stringLiteral(task.name)), function: \(SwiftSyntaxText.stringLiteral(task.function.signature)),")
            fields.line("version: \(runtime("TaskVersion"))(major: \(task.version.major), minor: \(task.version.minor)),")
            var symbols: [String] = []
            if !task.requiredSymbols.isEmpty { symbols.append("requires: \(SwiftSyntaxText.stringArray(task.requiredSymbols))") }
            if !task.optionalSymbols.isEmpty { symbols.append("optional: \(SwiftSyntaxText.stringArray(task.optionalSymbols))") }
            let provided = task.provides.map(\.symbol)
            if !provided.isEmpty { symbols.append("provides: \(SwiftSyntaxText.stringArray(provided))") }
            if !symbols.isEmpty { fields.line(symbols.joined(separator: ", ") + ",") }
            if let revert = task.revert {
                fields.line("revert: \(SwiftSyntaxText.stringLiteral(revert.function.signature)),")
            }
            let file = SwiftSyntaxText.stringLiteral(recordedSourcePath(task.annotationLocation.file))
            fields.line("file: \(file), line: \(task.annotationLocation.line)")
        }
    }

    /// Writes `static let diagram`: the flow as a Mermaid flowchart.
    func writeDiagram(into writer: inout SourceWriter) {
        writer.docComment("`\(flow.flow.name)` as a Mermaid flowchart.")
        writer.line("\(api)static let diagram = \"\"\"")
        writer.indented { text in
            for line in MermaidDiagram(flow).lines {
                text.line(line.replacingBackslashes())
            }
            text.line("\"\"\"")
        }
    }
}

extension String {
    /// The text with `\` escaped, for a multi-line string literal.
    fileprivate func replacingBackslashes() -> String {
        guard contains("\\") else { return self }
        return split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\")
    }
}
