import TaskFlowGenerator

/// Checked flows built in code, of any size, for emitter tests that do not need sources.
enum SyntheticFlows {
    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: "Sources/Chain/Chain.swift", line: line, column: 5) }

    /// A linear flow of `count` free, synchronous tasks: task `step<i>` requires `s<i>` and
    /// provides `s<i+1>`, so the flow has one input and `count` outputs.
    static func chain(_ count: Int, name: String = "chain", type: String = "Chain") -> CheckedFlow {
        let tasks = (0 ..< count).map { index in
            TaskModel(
                name: "step\(index)",
                function: FunctionReference(owner: [], isStatic: false, baseName: "step\(index)", labels: ["s\(index)"]),
                isAsync: false, isThrowing: false,
                arguments: [.symbol(label: "s\(index)", symbol: "s\(index)", type: "Int", isOptional: false)],
                returnType: "Int",
                provides: [ProvidedSymbol(symbol: "s\(index + 1)", type: "Int", access: .whole, location: at(index))],
                version: .initial, revert: nil, annotationLocation: at(index), functionLocation: at(index))
        }
        return CheckedFlow(
            flow: FlowModel(
                name: name, typePath: [type], pattern: .linear,
                children: tasks.map { FlowChild(kind: .task($0.name), location: at(1)) },
                links: [], annotationLocation: at(1), annotationText: ["- Flow: \(name)"]),
            tasks: tasks,
            structure: .flow(name: name, pattern: .linear, links: [], children: tasks.indices.map { .task($0) }),
            inputs: [SymbolInfo(name: "s0", type: "Int")],
            optionalInputs: [],
            outputs: (1 ... max(count, 1)).prefix(count).map { SymbolInfo(name: "s\($0)", type: "Int") },
            contextType: nil, owners: [])
    }

    /// A free task with the given arguments and return, for adapter tests.
    static func task(
        _ name: String, function: String? = nil, owner: [String] = [], isStatic: Bool = false,
        arguments: [TaskArgument] = [], returnType: String? = nil, provides: [ProvidedSymbol] = [],
        revert: RevertModel? = nil
    ) -> TaskModel {
        TaskModel(
            name: name,
            function: FunctionReference(
                owner: owner, isStatic: isStatic, baseName: function ?? name,
                labels: arguments.map { argument in
                    switch argument {
                    case .symbol(let label, _, _, _, _), .context(let label, _): label
                    }
                }),
            isAsync: false, isThrowing: false, arguments: arguments, returnType: returnType,
            provides: provides, version: .initial, revert: revert, annotationLocation: at(1),
            functionLocation: at(2))
    }

    /// A one-task linear flow around `task`, with the given symbols.
    static func single(_ task: TaskModel, inputs: [SymbolInfo], optionalInputs: [SymbolInfo] = [], outputs: [SymbolInfo] = [], owners: [OwnerParameter] = []) -> CheckedFlow {
        CheckedFlow(
            flow: FlowModel(
                name: "single", typePath: ["Single"], pattern: .linear,
                children: [FlowChild(kind: .task(task.name), location: at(1))],
                links: [], annotationLocation: at(1), annotationText: ["- Flow: single"]),
            tasks: [task], structure: .flow(name: "single", pattern: .linear, links: [], children: [.task(0)]),
            inputs: inputs, optionalInputs: optionalInputs, outputs: outputs, contextType: nil, owners: owners)
    }

    static func provided(_ symbol: String, _ type: String = "Int", _ access: ProvidedSymbol.Access = .whole) -> ProvidedSymbol {
        ProvidedSymbol(symbol: symbol, type: type, access: access, location: at(1))
    }
}
