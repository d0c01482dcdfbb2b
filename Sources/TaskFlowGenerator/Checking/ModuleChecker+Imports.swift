extension ModuleChecker {
    /// The files' imports, deduplicated and sorted, without `TaskFlow` itself.
    func moduleImports() -> [String] {
        var imports: Set<String> = []
        for file in files {
            for line in file.imports where importedModule(line) != "TaskFlow" { imports.insert(line) }
        }
        return imports.sorted()
    }

    /// The files' imports inside `#if`, deduplicated, without `TaskFlow` and without those
    /// also imported unconditionally, sorted by conditions and then declaration.
    func moduleConditionalImports() -> [ConditionalImport] {
        let unconditional = Set(files.flatMap(\.imports))
        var seen: Set<ConditionalImport> = []
        for file in files {
            for entry in file.conditionalImports
            where importedModule(entry.declaration) != "TaskFlow" && !unconditional.contains(entry.declaration) {
                seen.insert(entry)
            }
        }
        return seen.sorted { a, b in
            a.conditions != b.conditions ? a.conditions.lexicographicallyPrecedes(b.conditions) : a.declaration < b.declaration
        }
    }
}

/// The module an import declaration imports: the first path component after `import` and an
/// optional kind (`import struct Foundation.UUID` imports `Foundation`).
private func importedModule(_ declaration: String) -> String {
    let words = declaration.split(separator: " ")
    guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return "" }
    var path = words[index + 1]
    let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var", "actor"]
    if kinds.contains(path), index + 2 < words.count { path = words[index + 2] }
    return String(path.split(separator: ".").first ?? "")
}
