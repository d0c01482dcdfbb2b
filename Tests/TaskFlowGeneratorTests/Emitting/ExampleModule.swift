import TaskFlowGenerator

/// The example of `Docs/GeneratedCode.md` as the checker hands it to the emitter, built by hand
/// so the emitter can be tested on its own.
enum ExampleModule {
    static let file = "Sources/Volumes/API.swift"

    static func at(_ line: Int, _ column: Int = 5) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static let validate = TaskModel(
        name: "validate",
        function: FunctionReference(owner: [], isStatic: false, baseName: "validateSize", labels: ["raw_size"]),
        isAsync: false, isThrowing: true,
        arguments: [.symbol(label: "raw_size", symbol: "raw_size", type: "Int", isOptional: false)],
        returnType: "Int",
        provides: [ProvidedSymbol(symbol: "size", type: "Int", access: .whole, location: at(7))],
        version: .initial, revert: nil, annotationLocation: at(6), functionLocation: at(8, 6),
        isolation: .unknown)

    static let reserveQuota = TaskModel(
        name: "reserve_quota",
        function: FunctionReference(owner: [], isStatic: false, baseName: "reserveQuota", labels: ["context", "size", "type"]),
        isAsync: true, isThrowing: true,
        arguments: [
            .context(label: "context", type: "RequestContext"),
            .symbol(label: "size", symbol: "size", type: "Int", isOptional: false),
            .symbol(label: "type", symbol: "volume_type", type: "String", isOptional: false),
        ],
        returnType: "[Reservation]",
        provides: [ProvidedSymbol(symbol: "reservations", type: "[Reservation]", access: .whole, location: at(12))],
        version: Version(major: 1, minor: 2),
        revert: RevertModel(
            function: FunctionReference(owner: [], isStatic: false, baseName: "rollbackQuota", labels: ["context", "result"]),
            isAsync: true, isThrowing: true,
            arguments: [.context(label: "context", type: "RequestContext"), .result(label: "result", isOptional: false)]),
        annotationLocation: at(10), functionLocation: at(15, 6))

    static let createEntry = TaskModel(
        name: "create_entry",
        function: FunctionReference(owner: ["Database"], isStatic: false, baseName: "createEntry", labels: ["size", "reservations", "name"]),
        isAsync: true, isThrowing: true,
        arguments: [
            .symbol(label: "size", symbol: "size", type: "Int", isOptional: false),
            .symbol(label: "reservations", symbol: "reservations", type: "[Reservation]", isOptional: false),
            .symbol(label: "name", symbol: "name", type: "String", isOptional: true),
        ],
        returnType: "String",
        provides: [ProvidedSymbol(symbol: "volume_id", type: "String", access: .whole, location: at(24))],
        version: .initial,
        revert: RevertModel(
            function: FunctionReference(owner: ["Database"], isStatic: false, baseName: "destroyEntry", labels: ["result", "failure"]),
            isAsync: true, isThrowing: false,
            arguments: [.result(label: "result", isOptional: true), .failure(label: "failure")]),
        annotationLocation: at(22), functionLocation: at(26, 10))

    static let flow = CheckedFlow(
        flow: FlowModel(
            name: "create_volume_api", typePath: ["CreateVolumeAPI"], pattern: .linear,
            children: [
                FlowChild(kind: .task("validate"), location: at(31, 14)),
                FlowChild(kind: .task("reserve_quota"), location: at(31, 24)),
                FlowChild(kind: .task("create_entry"), location: at(31, 39)),
            ],
            links: [], annotationLocation: at(30),
            annotationText: ["- Flow: create_volume_api", "  - tasks: validate, reserve_quota, create_entry"]),
        tasks: [validate, reserveQuota, createEntry],
        structure: .flow(name: "create_volume_api", pattern: .linear, links: [], children: [.task(0), .task(1), .task(2)]),
        inputs: [SymbolInfo(name: "raw_size", type: "Int"), SymbolInfo(name: "volume_type", type: "String")],
        optionalInputs: [SymbolInfo(name: "name", type: "String")],
        outputs: [
            SymbolInfo(name: "size", type: "Int"), SymbolInfo(name: "reservations", type: "[Reservation]"),
            SymbolInfo(name: "volume_id", type: "String"),
        ],
        contextType: "RequestContext",
        owners: [OwnerParameter(name: "database", type: "Database")])

    static let module = CheckedModule(moduleName: "Volumes", flows: [flow])
}
