/// The owner values a flow's instance-method tasks and reverts are called on, one per owner
/// type, named after the type's last path component lower-camel-cased (`database`); when two
/// owner types share a last component, both are named by their full path (`cinderDatabase`).
/// Names that would clash with what generated code binds around the owner values (`run`'s
/// parameters and locals, the adapters' closure parameters and `result`) or with a keyword get
/// an `Owner` suffix.
/// - Parameter tasks: The flow's tasks.
/// - Returns: The owners, sorted by name.
func ownerParameters(for tasks: [TaskModel]) -> [OwnerParameter] {
    var paths: [[String]] = []
    var seen: Set<[String]> = []
    for task in tasks {
        for function in [task.function, task.revert?.function].compactMap({ $0 }) where function.isInstanceMethod {
            if seen.insert(function.owner).inserted { paths.append(function.owner) }
        }
    }
    var lastComponentCount: [String: Int] = [:]
    for path in paths { lastComponentCount[path.last ?? "", default: 0] += 1 }
    let owners = paths.map { path in
        let name = (lastComponentCount[path.last ?? ""] ?? 0) > 1
            ? lowerCamelCased(path.joined())
            : lowerCamelCased(path.last ?? "")
        let safe = boundByGeneratedCode.contains(name) || swiftKeywords.contains(name) ? name + "Owner" : name
        return OwnerParameter(name: safe, type: path.joined(separator: "."))
    }
    return owners.sorted { ($0.name, $0.type) < ($1.name, $1.type) }
}

/// The names generated code binds where owner values are in scope: `run`'s and `resume`'s
/// parameters (`inputs`, `context`, `engine`, `runID`) and locals (`state`, `final`), and the
/// adapters' closure parameters (`store`, `context`, `cause`) and `result`.
private let boundByGeneratedCode: Set<String> = [
    "inputs", "context", "engine", "runID", "state", "final", "store", "cause", "result",
]

/// `Database` → `database`, `URLSession` → `urlSession`, `DB` → `db`.
func lowerCamelCased(_ name: String) -> String {
    let characters = Array(name)
    var upper = 0
    while upper < characters.count, characters[upper].isUppercase { upper += 1 }
    guard upper > 0 else { return name }
    let lowered = upper > 1 && upper < characters.count ? upper - 1 : upper
    return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
}
