/// Where each symbol and revert result of a flow lives in its generated `State` struct.
///
/// A flow with at most ``partSize`` properties gets one flat struct. A larger one is split into
/// nested part structs (`part0`, `part1`, …) of at most ``partSize`` properties each. Every
/// adapter names `State`, and in a debug build each use replays what the compiler recorded
/// about the struct for incremental builds, all its properties included: with 1,000 tasks in
/// one flat struct (or in two of 500) a debug build's time per task was about 1.5 times its
/// time at 300 tasks; parts of 50 keep the two close. (A struct of about 1,000 stored
/// properties with defaults also fails to compile at all.)
struct StateLayout {
    /// One stored property of the state.
    struct Property {
        /// The property's name (a symbol, or a task's result: ``GeneratedNames/result(_:)``), not
        /// yet backticked.
        var name: String
        /// Its type, always optional.
        var type: String
    }

    /// The most properties one struct holds.
    static let partSize = 50

    /// Every property, in declaration order: symbols, then revert results.
    let properties: [Property]
    /// The path from the state to each property by name, e.g. `size` or `part1.size`.
    private let paths: [String: String]

    /// Lays out the state of `flow`, whose tasks' results are named by `names`.
    init(_ flow: CheckedFlow, names: GeneratedNames) {
        var properties = flow.symbols.map { Property(name: $0.name, type: SwiftSyntaxText.optional($0.type)) }
        for task in flow.tasks where task.revert?.readsResult == true {
            properties.append(Property(
                name: names.result(task.name),
                type: SwiftSyntaxText.optional(task.returnType ?? "Void")))
        }
        self.properties = properties
        let isSplit = properties.count > Self.partSize
        var paths: [String: String] = [:]
        for (index, property) in properties.enumerated() {
            let name = SwiftSyntaxText.identifier(property.name)
            paths[property.name] = isSplit ? "part\(index / Self.partSize).\(name)" : name
        }
        self.paths = paths
    }

    /// Whether the state is split into parts.
    var isSplit: Bool { properties.count > Self.partSize }

    /// The properties grouped by part (one group when the state is not split).
    var parts: [ArraySlice<Property>] {
        stride(from: 0, to: properties.count, by: Self.partSize).map {
            properties[$0 ..< min($0 + Self.partSize, properties.count)]
        }
    }

    /// The member path of the property named `name`, e.g. `size` or `part1.size`.
    func path(_ name: String) -> String {
        paths[name] ?? SwiftSyntaxText.identifier(name)
    }
}
