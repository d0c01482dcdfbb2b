/// Checks a linear flow: children run in order, each seeing what earlier ones provided.
///
/// A requirement provided only by a later child (that does not itself require it) is an order
/// mistake; one nothing earlier provides is a flow input. Providing a symbol a second time is
/// an error unless that child also requires it (an explicit transform; reading it through a
/// defaulted parameter is not enough, as for the runtime).
func checkLinearDataFlow(_ units: [FlowUnit], types: ModuleTypes) -> DataFlow {
    var result = DataFlow()
    var producers: [String: [Int]] = [:]  // children that provide a symbol without requiring it
    var firstProvider: [String: Int] = [:]
    let requiredSymbols = units.map { Set($0.requires.map(\.symbol)) }  // one lookup per provided symbol
    for (index, unit) in units.enumerated() {
        for use in unit.provides {
            if firstProvider[use.symbol] == nil { firstProvider[use.symbol] = index }
            if !requiredSymbols[index].contains(use.symbol) { producers[use.symbol, default: []].append(index) }
        }
    }
    var available: [String: SymbolUse] = [:]
    var outputIndex: [String: Int] = [:]
    var inputIndex: [String: (required: Bool, position: Int)] = [:]
    for (index, unit) in units.enumerated() {
        let location = unit.written.location
        for (uses, required) in [(unit.requires, true), (unit.optional, false)] {
            for use in uses {
                if let provider = available[use.symbol] {
                    result.checkTypes(provider: provider, consumer: use, at: location, types: types)
                } else if let later = producers[use.symbol]?.first(where: { $0 > index }) {
                    if required {
                        result.diagnostics.append(.error(
                            "'\(unit.name)' requires '\(use.symbol)', which only the later child '\(units[later].name)' provides; in a linear flow, list '\(units[later].name)' first",
                            at: location,
                            notes: [.note("'\(units[later].name)' is listed here", at: units[later].written.location)]))
                    } else {
                        result.diagnostics.append(.warning(
                            "'\(unit.name)' reads '\(use.symbol)', which only the later child '\(units[later].name)' provides; it will use its default value",
                            at: location,
                            notes: [.note("'\(units[later].name)' is listed here", at: units[later].written.location)]))
                    }
                } else {
                    if required, let transformer = firstProvider[use.symbol], transformer > index {
                        result.runInputNeeds.append(RunInputNeed(
                            symbol: use.symbol, reader: use.task, transformer: units[transformer].name, location: location))
                    }
                    result.addInput(use, required: required, at: location, types: types, index: &inputIndex)
                }
            }
        }
        for use in unit.provides {
            if let earlier = available[use.symbol] {
                if requiredSymbols[index].contains(use.symbol) {
                    result.checkTypes(provider: earlier, consumer: use, at: location, types: types)
                } else {
                    result.diagnostics.append(.error(
                        "'\(unit.name)' provides '\(use.symbol)' a second time, replacing what '\(earlier.task)' provided; rename one, or require it to transform the earlier value",
                        at: location,
                        notes: [.note("'\(earlier.task)' provides '\(use.symbol)'", at: earlier.taskLocation)]))
                }
            } else if let position = inputIndex[use.symbol], position.required {
                result.checkTypes(provider: result.inputs[position.position], consumer: use, at: location, types: types, source: .firstConsumer)
            }
            available[use.symbol] = use
            if outputIndex[use.symbol] == nil {
                outputIndex[use.symbol] = result.outputs.count
                result.outputs.append(use)
            }
        }
    }
    result.dropOptionalInputsThatBecameRequired(inputIndex)
    return result
}
