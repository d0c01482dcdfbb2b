/// Checks an unordered flow: children run concurrently, so none may read what a sibling
/// provides, and no two may provide the same symbol. Every requirement is a flow input.
func checkUnorderedDataFlow(_ units: [FlowUnit], types: ModuleTypes) -> DataFlow {
    var result = DataFlow()
    var provider: [String: Int] = [:]
    var outputIndex: [String: Int] = [:]
    for (index, unit) in units.enumerated() {
        for use in unit.provides {
            if let first = provider[use.symbol] {
                result.diagnostics.append(.error(
                    "'\(unit.name)' and '\(units[first].name)' both provide '\(use.symbol)'; children of an unordered flow run concurrently, so one value would be lost — rename one",
                    at: unit.written.location,
                    notes: [.note("'\(units[first].name)' is listed here", at: units[first].written.location)]))
                continue
            }
            provider[use.symbol] = index
            outputIndex[use.symbol] = result.outputs.count
            result.outputs.append(use)
        }
    }
    var inputIndex: [String: (required: Bool, position: Int)] = [:]
    for (index, unit) in units.enumerated() {
        for (uses, required) in [(unit.requires, true), (unit.optional, false)] {
            for use in uses {
                if let source = provider[use.symbol], source != index {
                    result.diagnostics.append(.error(
                        "'\(unit.name)' reads '\(use.symbol)', which its sibling '\(units[source].name)' provides; children of an unordered flow run concurrently — use a linear or graph flow",
                        at: unit.written.location,
                        notes: [.note("'\(units[source].name)' is listed here", at: units[source].written.location)]))
                } else {
                    result.addInput(use, required: required, at: unit.written.location, types: types, index: &inputIndex)
                }
            }
        }
    }
    result.dropOptionalInputsThatBecameRequired(inputIndex)
    return result
}
