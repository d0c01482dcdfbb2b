extension FlowEmitter {
    /// Writes `makeFlow`: the flow's node tree, each task with its adapters.
    func writeMakeFlow(into writer: inout SourceWriter) {
        let flowType = "\(runtime("Flow"))<State, \(contextType)>"
        let signature = "static func makeFlow(\(ownerParameters.joined(separator: ", "))) -> \(flowType) {"
        writer.docComment("`\(flow.flow.name)` as a flow for an engine to run.")
        guard buildsStepwise else {
            writer.block(signature) { body in
                writeLiteralNode(flow.structure, prefix: "\(runtime("Flow"))(metadata: metadata, root: ", suffix: ")", into: &body)
            }
            return
        }
        var builders: [NodeBuilder] = []
        _ = collectBuilders(flow.structure, into: &builders)
        writer.block(signature) { body in
            body.line("\(runtime("Flow"))(metadata: metadata, root: \(builders[0].name)(\(ownerArguments)))")
        }
        for builder in builders {
            guard case .flow(let name, let pattern, let links, let children) = builder.structure else { continue }
            writer.line()
            writer.docComment("The nodes of `\(name)` (\(pattern.rawValue)), one statement each.")
            let nodeType = "\(runtime("FlowNode"))<State, \(contextType)>"
            writer.block("private static func \(builder.name)(\(ownerParameters.joined(separator: ", "))) -> \(nodeType) {") { body in
                if children.isEmpty {
                    body.line("\(nodeHead(name: name, pattern: pattern, links: links))[])")
                    return
                }
                body.line("var children: [\(nodeType)] = []")
                body.line("children.reserveCapacity(\(children.count))")
                for (child, nested) in zip(children, builder.children) {
                    if case .task(let index) = child {
                        writeTaskNode(index, prefix: "children.append(", suffix: ")", into: &body)
                    } else if let nested {
                        body.line("children.append(\(nested)(\(ownerArguments)))")
                    }
                }
                body.line("return \(nodeHead(name: name, pattern: pattern, links: links))children)")
            }
        }
    }

    /// A function that builds one flow node of a large flow.
    private struct NodeBuilder {
        /// `makeNode<n>`.
        var name: String
        /// The node it builds.
        var structure: FlowStructure
        /// For each child, the builder of that child when it is a flow.
        var children: [String?]
    }

    /// Names one builder function per flow node, depth first, and returns the name of the one
    /// for `structure` (`nil` for a task).
    private func collectBuilders(_ structure: FlowStructure, into builders: inout [NodeBuilder]) -> String? {
        guard case .flow(_, _, _, let children) = structure else { return nil }
        let index = builders.count
        builders.append(NodeBuilder(name: "makeNode\(index)", structure: structure, children: []))
        var names: [String?] = []
        for child in children { names.append(collectBuilders(child, into: &builders)) }
        builders[index].children = names
        return builders[index].name
    }

    /// `.linear("name", `, `.graph("name", links: [...], ` …: a node up to its children.
    private func nodeHead(name: String, pattern: FlowPatternKind, links: [FlowLinkModel]) -> String {
        let name = SwiftSyntaxText.stringLiteral(name)
        guard pattern == .graph, !links.isEmpty else { return ".\(pattern.rawValue)(\(name), " }
        let linkList = links.map {
            "\(runtime("FlowLink"))(from: \(SwiftSyntaxText.stringLiteral($0.from)), to: \(SwiftSyntaxText.stringLiteral($0.to)))"
        }
        return ".graph(\(name), links: [\(linkList.joined(separator: ", "))], "
    }

    /// Writes a node as one literal: a task, or a flow with its children nested.
    private func writeLiteralNode(_ structure: FlowStructure, prefix: String, suffix: String, into writer: inout SourceWriter) {
        switch structure {
        case .task(let index):
            writeTaskNode(index, prefix: prefix, suffix: suffix, into: &writer)
        case .flow(let name, let pattern, let links, let children):
            let head = prefix + nodeHead(name: name, pattern: pattern, links: links)
            if children.isEmpty {
                writer.line(head + "[])" + suffix)
                return
            }
            writer.block(head + "[", closing: "])" + suffix) { list in
                for child in children {
                    writeLiteralNode(child, prefix: "", suffix: ",", into: &list)
                }
            }
        }
    }

    /// Writes `.task(FlowTask(metadata.tasks[i], execute: { … }, revert: { … }))`.
    private func writeTaskNode(_ index: Int, prefix: String, suffix: String, into writer: inout SourceWriter) {
        let task = flow.tasks[index]
        let head = "\(prefix).task(\(runtime("FlowTask"))("
        let execute = "metadata.tasks[\(index)], execute: \(adapterClosure("execute", task))"
        guard let revert = task.revert else {
            writer.line(head + execute + "))" + suffix)
            return
        }
        let needsResult = revert.needsResult ? ", revertNeedsResult: true" : ""
        writer.line(head + execute + ",")
        let alignment = String(repeating: " ", count: head.utf8.count)
        writer.line(alignment + "revert: \(adapterClosure("revert", task))\(needsResult)))" + suffix)
    }

    /// `{ try await execute_name($0, $1) }`, with the owner first for an instance method's adapter.
    ///
    /// A closure literal, not a reference to the adapter: a literal passed to `FlowTask` is
    /// emitted in the representation `FlowTask` stores, while a reference to a function of the
    /// concrete `State` and `Context` is wrapped in a reabstraction thunk — one more async frame
    /// on every run of the task. The adapter, private and called once, is inlined into the
    /// literal.
    private func adapterClosure(_ kind: String, _ task: TaskModel) -> String {
        var arguments = kind == "revert" ? ["$0", "$1", "$2"] : ["$0", "$1"]
        if task.function.isInstanceMethod, let owner = owner(of: task.function) {
            arguments.insert(SwiftSyntaxText.identifier(owner.name), at: 0)
        }
        return "{ try await \(kind)_\(task.name)(\(arguments.joined(separator: ", "))) }"
    }

    /// Writes `run`: fills the state from the inputs, runs the flow, and reads the outputs.
    func writeRun(into writer: inout SourceWriter) {
        var parameters = ["_ inputs: Inputs"]
        if flow.contextType != nil { parameters.append("context: \(contextType)") }
        parameters += ownerParameters
        parameters.append("engine: \(runtime("Engine")) = \(runtime("Engine"))()")
        if flow.flow.isDurable { parameters.append("runID: \(runtime("RunID")) = \(runtime("RunID"))()") }
        writer.docComment(
            "Runs `\(flow.flow.name)` from `inputs` and returns what it provides; on a failure, reverts what ran and throws `FlowFailure`.")
        writer.line("\(api)static func run(")
        writer.indented { list in
            for (index, parameter) in parameters.enumerated() {
                list.line(parameter + (index == parameters.count - 1 ? "" : ","))
            }
        }
        writer.block(") async throws -> Outputs {") { body in
            let inputs = flow.inputs + flow.optionalInputs
            body.line(inputs.isEmpty ? "let state = State()" : "var state = State()")
            for input in inputs {
                body.line("state.\(state.path(input.name)) = inputs.\(SwiftSyntaxText.identifier(input.name))")
            }
            let context = flow.contextType == nil ? "" : ", context: context"
            let runID = flow.flow.isDurable ? ", runID: runID" : ""
            writeReturn(run: "try await engine.run(makeFlow(\(ownerArguments)), state: state\(context)\(runID))", into: &body)
        }
    }

    /// Writes `resume` (durable flows): continues a journaled run and reads the outputs.
    func writeResume(into writer: inout SourceWriter) {
        var parameters = ["runID: \(runtime("RunID"))"]
        if flow.contextType != nil { parameters.append("context: \(contextType)") }
        parameters += ownerParameters
        parameters.append("engine: \(runtime("Engine"))")
        writer.docComment(
            "Continues the run `runID` of `\(flow.flow.name)` from `engine`'s journal: finished tasks are not run again.")
        writer.line("\(api)static func resume(")
        writer.indented { list in
            for (index, parameter) in parameters.enumerated() {
                list.line(parameter + (index == parameters.count - 1 ? "" : ","))
            }
        }
        writer.block(") async throws -> Outputs {") { body in
            let context = flow.contextType == nil ? "" : ", context: context"
            writeReturn(run: "try await engine.resume(makeFlow(\(ownerArguments)), runID: runID\(context))", into: &body)
        }
    }

    /// Writes the statements that run the flow with `run` and return its `Outputs`.
    private func writeReturn(run: String, into body: inout SourceWriter) {
        guard !flow.outputs.isEmpty else {
            body.line("_ = \(run)")
            body.line("return Outputs()")
            return
        }
        body.line("let final = \(run)")
        func value(_ output: SymbolInfo) -> String {
            "try \(runtime("requireSymbol"))(final.\(state.path(output.name)), \(SwiftSyntaxText.stringLiteral(output.name)))"
        }
        // Many outputs: one statement each, then a call with plain arguments, so the type
        // checker never solves one expression with thousands of generic calls in it.
        let isStepwise = flow.outputs.count > Self.literalTaskLimit
        if isStepwise {
            for output in flow.outputs {
                body.line("let output_\(output.name) = \(value(output))")
            }
        }
        body.block("return Outputs(", closing: ")") { list in
            for (index, output) in flow.outputs.enumerated() {
                let comma = index == flow.outputs.count - 1 ? "" : ","
                let argument = isStepwise ? "output_\(output.name)" : value(output)
                list.line("\(SwiftSyntaxText.argumentLabel(output.name)): \(argument)\(comma)")
            }
        }
    }
}
