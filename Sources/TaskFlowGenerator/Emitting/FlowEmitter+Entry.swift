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
            writeNodeBuilder(builder, name: name, pattern: pattern, links: links, children: children, into: &writer)
        }
    }

    /// Writes `sharedFlow`, the flow built once per process, for a flow without owners: its
    /// node tree depends on nothing a run is given, so every run can share it.
    func writeSharedFlow(into writer: inout SourceWriter) {
        guard ownerParameters.isEmpty else { return }
        writer.line()
        writer.docComment("`\(flow.flow.name)`, built once and shared by every run.")
        writer.line("static let sharedFlow = makeFlow()")
    }

    /// The flow a run runs: the shared one, or one built around the run's owners.
    private var flowForRun: String {
        ownerParameters.isEmpty ? "sharedFlow" : "makeFlow(\(ownerArguments))"
    }

    /// Writes `makeNode<n>` for one flow node of a large flow, and the functions that build
    /// its children (and links) when it has more than a few.
    private func writeNodeBuilder(
        _ builder: NodeBuilder, name: String, pattern: FlowPatternKind, links: [FlowLinkModel],
        children: [FlowStructure], into writer: inout SourceWriter
    ) {
        let nodeType = "\(runtime("FlowNode"))<State, \(contextType)>"
        let parameters = ownerParameters.joined(separator: ", ")
        let childChunks = children.count > ChunkTree.size ? ChunkTree(count: children.count) : nil
        let linkChunks = links.count > ChunkTree.size ? ChunkTree(count: links.count) : nil
        let childrenBase = "node\(builder.index)Children"
        let linksBase = "node\(builder.index)Links"
        writer.line()
        writer.docComment("The nodes of `\(name)` (\(pattern.rawValue)).")
        writer.block("private static func \(builder.name)(\(parameters)) -> \(nodeType) {") { body in
            var head = nodeHead(name: name, pattern: pattern, links: links)
            if let linkChunks {
                head = ".graph(\(SwiftSyntaxText.stringLiteral(name)), links: \(linkChunks.root.name(linksBase))(), "
            }
            if let childChunks {
                body.line("\(head)\(childChunks.root.name(childrenBase))(\(ownerArguments)))")
            } else if children.isEmpty {
                body.line("\(head)[])")
            } else {
                body.block("\(head)[", closing: "])") { list in
                    for index in children.indices { writeChild(index, of: builder, children: children, into: &list) }
                }
            }
        }
        linkChunks?.writeArrayFunctions(
            base: linksBase,
            describe: { "Links \($0) to \($1) of `\(name)`." },
            parameters: "",
            arguments: "",
            elementType: runtime("FlowLink"),
            variable: "links",
            into: &writer
        ) { index, list in
            list.line(linkExpression(links[index]) + ",")
        }
        childChunks?.writeArrayFunctions(
            base: childrenBase,
            describe: { "Children \($0) to \($1) of `\(name)`." },
            parameters: parameters,
            arguments: ownerArguments,
            elementType: nodeType,
            variable: "children",
            into: &writer
        ) { index, list in
            writeChild(index, of: builder, children: children, into: &list)
        }
    }

    /// Writes child `index` of `builder`'s node as an element of its children's literal.
    private func writeChild(_ index: Int, of builder: NodeBuilder, children: [FlowStructure], into writer: inout SourceWriter) {
        if case .task(let task) = children[index] {
            writeTaskNode(task, prefix: "", suffix: ",", into: &writer)
        } else if let nested = builder.children[index] {
            writer.line("\(nested)(\(ownerArguments)),")
        }
    }

    /// A function that builds one flow node of a large flow.
    private struct NodeBuilder {
        /// `makeNode<n>`.
        var name: String { "makeNode\(index)" }
        /// The node's place among the flow's nodes, depth first.
        var index: Int
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
        builders.append(NodeBuilder(index: index, structure: structure, children: []))
        var names: [String?] = []
        for child in children { names.append(collectBuilders(child, into: &builders)) }
        builders[index].children = names
        return builders[index].name
    }

    /// `.linear("name", `, `.graph("name", links: [...], ` …: a node up to its children.
    private func nodeHead(name: String, pattern: FlowPatternKind, links: [FlowLinkModel]) -> String {
        let name = SwiftSyntaxText.stringLiteral(name)
        guard pattern == .graph, !links.isEmpty else { return ".\(pattern.rawValue)(\(name), " }
        return ".graph(\(name), links: [\(links.map(linkExpression).joined(separator: ", "))], "
    }

    /// `FlowLink(from: "a", to: "b")`.
    private func linkExpression(_ link: FlowLinkModel) -> String {
        "\(runtime("FlowLink"))(from: \(SwiftSyntaxText.stringLiteral(link.from)), to: \(SwiftSyntaxText.stringLiteral(link.to)))"
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

    /// `{ try await executeName($0, $1) }`, with the owner first for an instance method's adapter.
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
        let name = kind == "revert" ? names.revert(task.name) : names.execute(task.name)
        return "{ try await \(name)(\(arguments.joined(separator: ", "))) }"
    }

    /// Writes `run`: fills the state from the inputs, runs the flow, and reads the outputs.
    func writeRun(into writer: inout SourceWriter) {
        var parameters = ["_ inputs: Inputs"]
        if flow.contextType != nil { parameters.append("context: \(contextType)") }
        parameters += ownerParameters
        parameters.append("engine: \(runtime("Engine")) = \(runtime("Engine"))()")
        if flow.flow.isDurable { parameters.append("runID: \(runtime("RunID")) = \(runtime("RunID"))()") }
        writer.docComment(flow.flow.isDurable
            ? "Runs `\(flow.flow.name)` from `inputs`, recording it in `engine`'s journal, and returns what it provides; on a failure, reverts what ran and throws `FlowFailure`, which a suspended run, or one its journal could not record, throws too, without reverting."
            : "Runs `\(flow.flow.name)` from `inputs` and returns what it provides; on a failure, reverts what ran and throws `FlowFailure`.")
        writer.line("\(api)static func run(")
        writer.indented { list in
            for (index, parameter) in parameters.enumerated() {
                list.line(parameter + (index == parameters.count - 1 ? "" : ","))
            }
        }
        // Untyped, though only `FlowFailure` is thrown: Swift 6.3.1 crashes compiling
        // `catch let failure as FlowFailure` around an async call declared `throws(FlowFailure)`,
        // which is what callers of `run` write (Docs/GeneratedCode.md).
        writer.block(") async throws -> Outputs {") { body in
            let inputs = flow.inputs + flow.optionalInputs
            body.line(inputs.isEmpty ? "let state = State()" : "var state = State()")
            for input in inputs {
                body.line("state.\(state.path(input.name)) = inputs.\(SwiftSyntaxText.identifier(input.name))")
            }
            let context = flow.contextType == nil ? "" : ", context: context"
            let runID = flow.flow.isDurable ? ", runID: runID" : ""
            writeReturn(run: "try await engine.run(\(flowForRun), state: state\(context)\(runID))", into: &body)
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
        // Untyped, as `run` is.
        writer.block(") async throws -> Outputs {") { body in
            let context = flow.contextType == nil ? "" : ", context: context"
            writeReturn(run: "try await engine.resume(\(flowForRun), runID: runID\(context))", into: &body)
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
        guard !outputsReadFromState else {
            body.line("return Outputs(succeeded: final)")
            return
        }
        body.block("return Outputs(", closing: ")") { list in
            for (index, output) in flow.outputs.enumerated() {
                let comma = index == flow.outputs.count - 1 ? "" : ","
                list.line("\(SwiftSyntaxText.argumentLabel(output.name)): \(finalOutput(output))\(comma)")
            }
        }
    }
}
