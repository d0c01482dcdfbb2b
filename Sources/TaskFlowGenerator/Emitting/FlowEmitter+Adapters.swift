extension FlowEmitter {
    /// Writes the adapter that runs `task`: a `private nonisolated(nonsending) static func` taking
    /// what `FlowTask.Execute` takes, preceded by the owner for an instance method.
    func writeExecute(_ task: TaskModel, index: Int, into writer: inout SourceWriter) {
        writer.docComment(executeSummary(task))
        var locals = LocalNames(reserved: reservedLocals(for: task.function))
        var body = AdapterBody(
            callee: callee(task.function), isThrowing: task.isThrowing, effect: task.callEffect,
            maybeIsolated: runtime("maybeIsolated"), resultUse: .none)
        for argument in task.arguments {
            switch argument {
            case .symbol(let label, let symbol, let type, let isOptional, let fallback):
                let local = read(symbol, isOptional: isOptional, fallback: fallback, type: type, locals: &locals, into: &body)
                body.arguments.append(.init(label: label, value: local, isOmittedWhenNil: isOptional && fallback == nil))
            case .context(let label, _):
                body.arguments.append(.init(label: label, value: "context", isOmittedWhenNil: false))
            }
        }
        for provided in task.provides {
            let value: String = switch provided.access {
            case .whole: "result"
            case .element(let index, nil): "result.\(index)"
            case .element(_, let label?): "result.\(SwiftSyntaxText.identifier(label))"
            }
            body.writes.append("$0.\(state.path(provided.symbol)) = \(value)")
        }
        if task.revert?.readsResult == true {
            body.writes.append("$0.\(state.path(names.result(task.name))) = result")
        }
        if task.returnType != nil {
            body.resultUse = body.writes.isEmpty ? .discarded : .bound
        }
        writeAdapter(kind: "execute", task: task, body: body, into: &writer)
    }

    /// Writes the adapter that undoes `task` with `revert`.
    func writeRevert(_ revert: RevertModel, of task: TaskModel, into writer: inout SourceWriter) {
        writer.docComment("Reverts \(task.name) with `\(revert.function.signature.trimmingAllBackticks)`.")
        var locals = LocalNames(reserved: reservedLocals(for: revert.function))
        var body = AdapterBody(
            callee: callee(revert.function), isThrowing: revert.isThrowing, effect: revert.callEffect,
            maybeIsolated: runtime("maybeIsolated"), resultUse: revert.returnsValue ? .discarded : .none)
        for argument in revert.arguments {
            switch argument {
            case .symbol(let label, let symbol, let type, let isOptional, let fallback):
                let local = read(symbol, isOptional: isOptional, fallback: fallback, type: type, locals: &locals, into: &body)
                body.arguments.append(.init(label: label, value: local, isOmittedWhenNil: isOptional && fallback == nil))
            case .result(let label, let isOptional):
                let path = "$0.\(state.path(names.result(task.name)))"
                let expression = isOptional
                    ? path
                    : "try \(runtime("requireSymbol"))(\(path), \(SwiftSyntaxText.stringLiteral("result of \(task.name)")))"
                body.reads.append(.init(local: "result", expression: expression, throwsError: !isOptional))
                body.arguments.append(.init(label: label, value: "result", isOmittedWhenNil: false))
            case .failure(let label):
                body.arguments.append(.init(label: label, value: "cause", isOmittedWhenNil: false))
            case .context(let label, _):
                body.arguments.append(.init(label: label, value: "context", isOmittedWhenNil: false))
            }
        }
        writeAdapter(kind: "revert", task: task, body: body, into: &writer)
    }

    /// Adds the read of `symbol` (once, however many parameters take it) and returns its local.
    ///
    /// A required symbol is unwrapped with `requireSymbol`, except for a parameter whose own
    /// type is optional: `nil` is a value it accepts, so the state's value is passed as it is.
    /// An optional symbol whose parameter's default is a literal reads as `$0.size ?? 10` (just
    /// `$0.size` for a `nil` default): the call then passes it whether the symbol has a value or
    /// not, instead of branching on it.
    private func read(
        _ symbol: String, isOptional: Bool, fallback: String?, type: String, locals: inout LocalNames,
        into body: inout AdapterBody
    ) -> String {
        if let known = locals.existing(for: symbol) { return known }
        let local = locals.local(for: symbol)
        let path = "$0.\(state.path(symbol))"
        let unwraps = !isOptional && !SwiftSyntaxText.isOptional(type)
        let expression: String
        if unwraps {
            expression = "try \(runtime("requireSymbol"))(\(path), \(SwiftSyntaxText.stringLiteral(symbol)))"
        } else if let fallback, isOptional, fallback != "nil" {
            expression = "\(path) ?? \(fallback)"
        } else {
            expression = path
        }
        body.reads.append(.init(local: local, expression: expression, throwsError: unwraps))
        return local
    }

    /// Writes the adapter's declaration around `body`: a `private nonisolated(nonsending) static
    /// func` taking the store and the context (and, for a revert, the cause), preceded by the
    /// owner for an instance method. `makeFlow` passes each to `FlowTask` inside a closure literal.
    private func writeAdapter(kind: String, task: TaskModel, body: AdapterBody, into writer: inout SourceWriter) {
        var parameters = ["_ store: \(runtime("FlowStore"))<State>", "_ context: \(contextType)"]
        if kind == "revert" { parameters.append("_ cause: \(runtime("RevertCause"))") }
        if task.function.isInstanceMethod, let owner = owner(of: task.function) {
            parameters.insert("_ \(SwiftSyntaxText.identifier(owner.name)): \(qualified(owner.type))", at: 0)
        }
        // `nonisolated(nonsending)`: an execute adapter runs on the engine's executor, like
        // `FlowTask.Execute`, so entering and leaving it hops nowhere. Neither kind takes the
        // isolation of the flow's type (a `@MainActor` type, or a module isolated to the main
        // actor by default), where awaiting a synchronous call to that same actor would warn.
        let name = kind == "revert" ? names.revert(task.name) : names.execute(task.name)
        writer.line("private nonisolated(nonsending) static func \(name)(")
        writer.indented { $0.line(parameters.joined(separator: ", ")) }
        writer.block(") async throws {") { function in body.write(into: &function) }
    }

    /// `validate: `validateSize(raw_size:)`; requires raw_size; provides size.`
    private func executeSummary(_ task: TaskModel) -> String {
        var summary = "\(task.name): `\(task.function.signature.trimmingAllBackticks)`"
        var requires: [String] = []
        for case .symbol(let label, let symbol, _, let isOptional, _) in task.arguments {
            var item = symbol
            if let label, label != symbol { item += " as \(label)" }
            if isOptional { item += " (optional)" }
            requires.append(item)
        }
        if !requires.isEmpty { summary += "; requires " + requires.joined(separator: ", ") }
        if !task.provides.isEmpty { summary += "; provides " + task.provides.map(\.symbol).joined(separator: ", ") }
        return summary + "."
    }

    /// The names of the flow's adapters: a free function of one of these names is hidden by
    /// the adapter inside the flow's extension.
    private var adapterNames: Set<String> {
        Set(flow.tasks.flatMap { [names.execute($0.name), names.revert($0.name)] })
    }

    /// How generated code names `function` in a call.
    private func callee(_ function: FunctionReference) -> String {
        if function.isInstanceMethod, let owner = owner(of: function) {
            return "\(SwiftSyntaxText.identifier(owner.name)).\(function.baseName)"
        }
        if !function.owner.isEmpty {
            return qualified(function.owner.joined(separator: ".")) + "." + function.baseName
        }
        let bare = function.baseName.trimmingBackticks
        let hidden = Self.generatedMemberNames.contains(bare) || adapterNames.contains(bare)
            || ["makeNode", "node", "taskMetadata", "outputNames"].contains { bare.hasNumberedPrefix($0) }
        return hidden ? "\(moduleName).\(function.baseName)" : function.baseName
    }

    /// Names an adapter's locals must not take: its parameters, `result`, and whatever the
    /// call itself names.
    private func reservedLocals(for function: FunctionReference) -> Set<String> {
        var reserved: Set<String> = ["store", "context", "cause", "result"]
        reserved.insert(function.baseName.trimmingBackticks)
        if let first = function.owner.first { reserved.insert(first) }
        for owner in flow.owners { reserved.insert(owner.name) }
        return reserved
    }
}

extension String {
    /// The text without any backticks, for quoting a signature in a comment's code span.
    var trimmingAllBackticks: String { filter { $0 != "`" } }

    /// Whether the name is `prefix` followed by a digit, like the generated `makeNode3`,
    /// `node0Children20to39` and `taskMetadata0to19`.
    fileprivate func hasNumberedPrefix(_ prefix: String) -> Bool {
        hasPrefix(prefix) && dropFirst(prefix.count).first?.isNumber == true
    }

    /// The name without surrounding backticks.
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
