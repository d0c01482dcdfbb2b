import Testing
@testable import TaskFlowGenerator

/// A location in a source file (not Swift Testing's `SourceLocation`).
typealias Location = TaskFlowGenerator.SourceLocation

/// Builds a module's declarations by hand, the way the reading stage reports them: each
/// declaration's doc comment (`///` lines) comes first, then the declaration on the next line,
/// `func`/`enum` in column 1 (so a function's name is at column 6). Lines count up from 1.
struct TestModule {
    var path = "Sources/M/M.swift"
    private(set) var functions: [FunctionDeclaration] = []
    private(set) var types: [TypeDeclaration] = []
    private(set) var others: [OtherDeclaration] = []
    private(set) var typeAliases: [TypeAliasDeclaration] = []
    var imports: [String] = []
    private(set) var nextLine = 1

    /// Adds a `func`. `parameters` are written as in Swift: `"size: Int"`, `"_ raw: String"`,
    /// `"name: String = \"x\""`, `"_: Int"`, `"value: inout Int"`, `"ids: Int..."`.
    @discardableResult
    mutating func function(
        _ doc: String?, _ name: String, _ parameters: [String] = [], returns: String? = nil,
        owner: [String] = [], ownerKind: String? = nil, isStatic: Bool = false, modifiers: [String] = [],
        generic: String? = nil, isAsync: Bool = false, throwing: Bool = false
    ) -> Location {
        let comment = doc.map { docAt(&nextLine, $0) }
        let line = nextLine
        nextLine += 1
        let nameLocation = Location(file: path, line: line, column: 6)
        functions.append(FunctionDeclaration(
            name: name, nameLocation: nameLocation, owner: owner,
            ownerKind: owner.isEmpty ? nil : (ownerKind ?? "struct"), isStatic: isStatic,
            modifiers: modifiers, attributes: [], genericClause: generic,
            parameters: parameters.enumerated().map { parameter($1, line: line, column: 20 + 10 * $0) },
            isAsync: isAsync, throwsClause: throwing ? .throwing : .none, returnType: returns,
            docComment: comment))
        return nameLocation
    }

    /// Adds a type declaration (an `enum` by default).
    mutating func type(_ doc: String?, _ path: [String], kind: String = "enum", isGeneric: Bool = false, modifiers: [String] = []) {
        let comment = doc.map { docAt(&nextLine, $0) }
        let line = nextLine
        nextLine += 1
        types.append(TypeDeclaration(
            kind: kind, name: path.last ?? "", path: path,
            nameLocation: Location(file: self.path, line: line, column: kind.utf8.count + 2),
            isGeneric: isGeneric, modifiers: modifiers, docComment: comment))
    }

    /// Adds a `typealias` called `path.last`, inside the types before it.
    mutating func typeAlias(_ path: [String]) {
        typeAliases.append(TypeAliasDeclaration(
            name: path.last ?? "", path: path, nameLocation: Location(file: self.path, line: nextLine, column: 11)))
        nextLine += 1
    }

    /// Adds another documented declaration (`var`, `init`, …).
    mutating func other(_ doc: String, keyword: String) {
        let comment = docAt(&nextLine, doc)
        others.append(OtherDeclaration(keyword: keyword, location: Location(file: path, line: nextLine, column: 1), docComment: comment))
        nextLine += 1
    }

    /// The line the next declaration's doc comment starts on.
    func line(after lines: Int) -> Int { nextLine + lines }

    var file: FileDeclarations {
        FileDeclarations(
            path: path, functions: functions, types: types, others: others, typeAliases: typeAliases, imports: imports,
            diagnostics: [])
    }

    func check(named name: String = "M") -> CheckResult {
        checkModule(named: name, files: [file])
    }

    private func docAt(_ line: inout Int, _ text: String) -> DocComment {
        let comment = docComment(text, file: path, line: line)
        line += comment.lines.count
        return comment
    }

    private func parameter(_ text: String, line: Int, column: Int) -> ParameterDeclaration {
        let colon = text.firstIndex(of: ":") ?? text.endIndex
        let names = text[..<colon].split(separator: " ").map(String.init)
        var rest = colon < text.endIndex ? String(text[text.index(after: colon)...]) : ""
        var hasDefault = false
        if let equals = rest.firstIndex(of: "=") {
            hasDefault = true
            rest = String(rest[..<equals])
        }
        let type = rest.filter { !$0.isWhitespace }
        let label: String? = names.count == 2 ? (names[0] == "_" ? nil : names[0]) : (names.first == "_" ? nil : names.first)
        return ParameterDeclaration(
            label: label, name: names.last ?? "_", type: type, hasDefault: hasDefault,
            isInout: type.hasPrefix("inout"), isVariadic: type.hasSuffix("..."),
            location: Location(file: path, line: line, column: column))
    }
}

extension CheckResult {
    /// The messages of the errors, in report order.
    var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.message) }

    /// The one error; fails the test when there is not exactly one.
    func onlyError(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "errors: \(errors.map(\.description))", sourceLocation: sourceLocation)
        return try #require(errors.first, sourceLocation: sourceLocation)
    }

    /// The checked flow on `type`.
    func flow(_ type: String) -> CheckedFlow? { module.flows.first { $0.flow.typeName == type } }
}

extension TestModule {
    /// Adds task `name` on a function of the same name returning `returns`, providing
    /// `provides` (comma-separated) when given.
    @discardableResult
    mutating func task(_ name: String, _ parameters: [String] = [], provides: String? = nil, returns: String? = nil,
                       keys: [String] = [], owner: [String] = [], isStatic: Bool = false) -> Location {
        let lines = [" - Task: \(name)"] + (provides.map { ["   - provides: \($0)"] } ?? []) + keys.map { "   - " + $0 }
        return function(lines.joined(separator: "\n"), name, parameters,
                        returns: returns ?? (provides == nil ? nil : "Int"), owner: owner, isStatic: isStatic)
    }

    /// Adds a flow on the enum `type` (named after it), with `tasks` and optional `pattern` and links.
    mutating func flow(_ type: String, _ tasks: String, pattern: String? = nil, links: [String] = [], path: [String]? = nil) {
        let lines = [" - Flow:", "   - tasks: \(tasks)"] + (pattern.map { ["   - pattern: \($0)"] } ?? []) + links.map { "   - link: \($0)" }
        self.type(lines.joined(separator: "\n"), path ?? [type])
    }
}
