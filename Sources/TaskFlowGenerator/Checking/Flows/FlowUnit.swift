/// A symbol as one task reads or writes it: what the data-flow checks compare.
struct SymbolUse: Sendable, Hashable {
    /// The symbol.
    var symbol: String
    /// Its type as that task writes it (qualified).
    var type: String
    /// The task that reads or writes it.
    var task: String
    /// That task's `- Task:` line, for notes.
    var taskLocation: SourceLocation
}

/// A child of a flow as its parent sees it: a task, or a nested flow taken as a whole.
struct FlowUnit: Sendable {
    /// The task name, or the nested flow's name.
    var name: String
    /// The name as written in the parent's `tasks` list, with its location.
    var written: ListElement
    /// Symbols it must be given.
    var requires: [SymbolUse]
    /// Symbols it reads when present (defaulted parameters).
    var optional: [SymbolUse]
    /// Symbols it provides.
    var provides: [SymbolUse]
    /// The context type it takes, if any, with the task that takes it.
    var context: SymbolUse?
    /// Other names a link may use for it (function name, flow type path or last component).
    var aliases: [String]
    /// For a nested flow: symbols it transforms that the engine needs as inputs of the run.
    var runInputNeeds: [RunInputNeed] = []
}

/// What a flow's data flow check found: the flow's inputs and outputs, and its problems.
struct DataFlow: Sendable {
    /// Symbols a run must be given, in first-use order (the first consumer's use).
    var inputs: [SymbolUse] = []
    /// Symbols a run may be given: read only by defaulted parameters, provided by no child.
    var optionalInputs: [SymbolUse] = []
    /// Symbols the children provide, in first-provided order (the first provider's use).
    var outputs: [SymbolUse] = []
    /// Errors, warnings and notes.
    var diagnostics: [Diagnostic] = []
    /// Symbols read before a task of this flow replaces them: legal here (they are inputs of
    /// this flow), but the engine needs them to be inputs of the whole run.
    var runInputNeeds: [RunInputNeed] = []

    /// Records a flow input read by `use` (required or not), keeping first-use order and
    /// checking that every consumer agrees on its type.
    mutating func addInput(_ use: SymbolUse, required: Bool, at location: SourceLocation, types: ModuleTypes,
                           index: inout [String: (required: Bool, position: Int)]) {
        if let existing = index[use.symbol] {
            var first = existing.required ? inputs[existing.position] : optionalInputs[existing.position]
            if first.type != use.type, types.match(provided: use.type, consumed: first.type) == .compatible {
                // `T` and `T?` readers: the input is a `T`, which feeds both.
                first = use
                if existing.required { inputs[existing.position] = use } else { optionalInputs[existing.position] = use }
            }
            checkTypes(provider: first, consumer: use, at: location, types: types, source: .firstConsumer)
            if required, !existing.required {
                // Promoted: listed as required from now on; the optional entry is dropped at
                // the end (`dropOptionalInputsThatBecameRequired`), so positions never shift.
                index[use.symbol] = (true, inputs.count)
                inputs.append(first)
            }
            return
        }
        if required {
            index[use.symbol] = (true, inputs.count)
            inputs.append(use)
        } else {
            index[use.symbol] = (false, optionalInputs.count)
            optionalInputs.append(use)
        }
    }

    /// Removes the optional inputs that a later consumer required (see `addInput`).
    mutating func dropOptionalInputsThatBecameRequired(_ index: [String: (required: Bool, position: Int)]) {
        optionalInputs.removeAll { index[$0.symbol]?.required == true }
    }

    /// Checks that `consumer` can read what `provider` stored, reporting an error for certainly
    /// different types and a note where only the compiler can tell.
    mutating func checkTypes(provider: SymbolUse, consumer: SymbolUse, at location: SourceLocation, types: ModuleTypes,
                             source: TypeSource = .provider) {
        guard provider.type != consumer.type else { return }
        switch types.match(provided: provider.type, consumed: consumer.type) {
        case .compatible:
            return
        case .different:
            let what = source == .firstConsumer
                ? "'\(provider.task)' reads the input '\(provider.symbol)' as '\(provider.type)'"
                : "'\(provider.task)' provides it as '\(provider.type)'"
            diagnostics.append(.error(
                "'\(consumer.task)' reads '\(consumer.symbol)' as '\(consumer.type)' but \(what)",
                at: location,
                notes: [.note("'\(provider.task)' is declared here", at: provider.taskLocation),
                        .note("'\(consumer.task)' is declared here", at: consumer.taskLocation)]))
        case .undecided:
            diagnostics.append(.note(
                "'\(consumer.task)' reads '\(consumer.symbol)' as '\(consumer.type)' and '\(provider.task)' \(source == .firstConsumer ? "reads" : "provides") it as '\(provider.type)'; the generator cannot tell whether these are the same type (a typealias or a type from another module), so the generated code lets the compiler check it",
                at: location))
        }
    }
}

/// Where the type a consumer is compared with comes from.
enum TypeSource: Sendable, Hashable {
    /// The task that provides the symbol.
    case provider
    /// The first task that reads a flow input (its type is the input's type).
    case firstConsumer
}

/// A symbol that a task reads and a task of the same flow replaces (a linear flow whose reader
/// comes before the transform, or a graph child that requires what it provides).
///
/// The flow itself is fine: the symbol is one of its inputs. But the engine accepts such a flow
/// only when the symbol is an input of the whole run, so a flow that nests it must not provide
/// the symbol itself; `ModuleChecker` checks that at every level.
struct RunInputNeed: Sendable {
    /// The symbol.
    var symbol: String
    /// The task that reads it first.
    var reader: String
    /// The task that replaces it.
    var transformer: String
    /// Where to report a violation in the flow being checked: the reader's (or the nested
    /// flow's) name in its `tasks` list.
    var location: SourceLocation
}
