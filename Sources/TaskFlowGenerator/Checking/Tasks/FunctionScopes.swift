/// Every `func` of the module by scope and base name, for finding a task's revert.
struct FunctionScopes: Sendable {
    private var functions: [String: [FunctionDeclaration]] = [:]

    /// Indexes the functions of every file.
    init(files: [FileDeclarations]) {
        for file in files {
            for function in file.functions {
                functions[Self.key(owner: function.owner, name: function.name), default: []].append(function)
            }
        }
    }

    /// The functions named `name` declared directly in `owner` (top level when empty).
    func functions(named name: String, in owner: [String]) -> [FunctionDeclaration] {
        functions[Self.key(owner: owner, name: name)] ?? []
    }

    private static func key(owner: [String], name: String) -> String {
        owner.joined(separator: ".") + "#" + name
    }
}
