/// The types a module declares, by full dotted path, for resolving and comparing type names.
struct ModuleTypes: Sendable {
    /// `struct`, `enum`, `class`, `actor` or `protocol`, by path (e.g. `Cinder.Volume`).
    private(set) var kinds: [String: String] = [:]
    /// The first declaration of each type path (not extensions).
    private(set) var declarations: [String: TypeDeclaration] = [:]
    /// The names a global actor attribute may take: `MainActor`, and the types of the module
    /// marked `@globalActor` (by path and by simple name).
    private(set) var globalActors: Set<String> = ["MainActor"]
    /// The paths of types extended by an extension that states an access level
    /// (`public extension Cinder`): a type declared without one inside such an extension takes
    /// the extension's level, which the reader cannot tell from one declared in the type's body.
    private(set) var pathsWithAccessExtensions: Set<String> = []

    /// Standard library and Foundation value types: distinct from each other and from any
    /// type the module declares, so a mismatch between them is certain.
    static let knownValueTypes: Set<String> = [
        "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
        "Double", "Float", "Bool", "String", "Character", "Substring", "Array", "Dictionary",
        "Set", "Optional", "Result", "Data", "Date", "UUID", "URL", "Decimal", "Duration",
    ]

    /// What each of the module's non-generic type aliases stands for, by path
    /// (e.g. `Cinder.Why` → `RevertCause`).
    private(set) var aliases: [String: String] = [:]

    /// Collects the type declarations of every file (extensions declare nothing).
    init(files: [FileDeclarations]) {
        for file in files {
            for alias in file.typeAliases {
                guard let aliased = alias.aliasedType else { continue }
                let path = alias.path.joined(separator: ".")
                if aliases[path] == nil { aliases[path] = aliased }
            }
            for type in file.types {
                guard type.kind != "extension" else {
                    if AccessLevel(modifiers: type.modifiers) != nil {
                        pathsWithAccessExtensions.insert(type.path.joined(separator: "."))
                    }
                    continue
                }
                let path = type.path.joined(separator: ".")
                if kinds[path] == nil {
                    kinds[path] = type.kind
                    declarations[path] = type
                }
                if type.attributes.contains("@globalActor") {
                    globalActors.insert(path)
                    globalActors.insert(type.name)
                }
            }
        }
    }

    /// The kind of the type at `path`, if the module declares it.
    func kind(of path: String) -> String? { kinds[path] }

    /// Whether a named type is certainly distinct from any other certainly-distinct name:
    /// a `struct`, `enum` or `actor` of the module, or a known standard value type. Classes
    /// (subclasses convert), protocols (existentials) and unknown names (typealiases, other
    /// modules) are not.
    func isCertain(_ path: [TypeTree.Component]) -> Bool {
        let name = path.map(\.name).joined(separator: ".")
        if let kind = kinds[name] { return kind == "struct" || kind == "enum" || kind == "actor" }
        if path.count == 1 { return Self.knownValueTypes.contains(name) }
        if path.count == 2, path[0].name == "Foundation" { return Self.knownValueTypes.contains(path[1].name) }
        return false
    }

    /// Rewrites the type names of `text` that are nested in an enclosing type of `scope` so that
    /// the text is valid at file scope (`Volume` inside `Cinder.Database` becomes
    /// `Cinder.Volume` when `Cinder.Volume` is declared), looking up names as Swift does:
    /// innermost scope first.
    ///
    /// Inside an extension only the extended type's own members are in scope (Swift does not
    /// look into the types enclosing an extended nested type), so `lexicalDepth` is 1 there.
    /// - Parameters:
    ///   - text: A type as written.
    ///   - scope: The enclosing type path of the declaration that wrote it.
    ///   - lexicalDepth: How many of the innermost enclosing types are searched; all by default.
    /// - Returns: The qualified text; `text` itself when nothing needs qualifying.
    func qualify(_ text: String, in scope: [String], lexicalDepth: Int? = nil) -> String {
        guard !scope.isEmpty else { return text }
        let lowest = max(0, scope.count - (lexicalDepth ?? scope.count))
        let parsed = parseType(text)
        var insertions: [(offset: Int, prefix: String)] = []
        for start in parsed.nameStarts {
            var depth = scope.count
            while depth > lowest {
                let enclosing = scope[0..<depth].joined(separator: ".")
                if kinds[enclosing + "." + start.name] != nil {
                    insertions.append((start.offset, enclosing + "."))
                    break
                }
                depth -= 1
            }
        }
        guard !insertions.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            bytes.insert(contentsOf: Array(insertion.prefix.utf8), at: insertion.offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension ModuleTypes {
    /// The type a module type alias named by `tree` stands for, following aliases of aliases,
    /// looked up as Swift does from `scope` (innermost enclosing type first, then the top level);
    /// `tree` itself when it names no alias of the module.
    func resolvingAliases(_ tree: TypeTree, in scope: [String]) -> TypeTree {
        var tree = tree
        var scope = scope
        // A chain longer than this is a cycle, which the compiler reports.
        for _ in 0..<16 {
            guard case .named(let components) = tree, components.allSatisfy(\.arguments.isEmpty) else { return tree }
            let name = components.map(\.name).joined(separator: ".")
            var found: (path: String, aliased: String)?
            for depth in stride(from: scope.count, through: 0, by: -1) {
                let path = (scope[0..<depth] + [name]).joined(separator: ".")
                if let aliased = aliases[path] {
                    found = (path, aliased)
                    break
                }
            }
            guard let found else { return tree }
            tree = parseType(found.aliased).tree
            // The alias's own type is read where the alias is declared.
            scope = Array(found.path.split(separator: ".").dropLast().map(String.init))
        }
        return tree
    }

    /// `qualify(_:in:)` for a type written in a function's signature.
    func qualify(_ text: String, in function: FunctionDeclaration) -> String {
        qualify(text, in: function.owner, lexicalDepth: function.ownerKind == "extension" ? 1 : nil)
    }
}
