/// The output of the reading stage: what a file declares that annotations may sit on.
///
/// Reading knows Swift's declaration syntax but nothing of annotations: it hands every
/// doc-commented declaration to the annotation stage, with locations for every line.

/// One Swift source file given to the generator.
public struct SourceFile: Sendable, Hashable {
    /// The path as given on the command line (diagnostics repeat it verbatim).
    public var path: String
    /// The file's bytes (UTF-8, possibly invalid).
    public var bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// One line of a doc comment's text, with the comment markers removed.
public struct DocLine: Sendable, Hashable {
    /// The line's text after `///` (or, in a `/** */` block, after the leading
    /// whitespace-and-`*` gutter), exactly as in the file otherwise (indentation kept).
    public var text: String
    /// Where `text` starts in the file. A character at UTF-8 offset `k` of `text` is at column
    /// `location.column + k`.
    public var location: SourceLocation

    /// Creates a doc line.
    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A declaration's doc comment: the `///` lines or `/** */` block right before it.
public struct DocComment: Sendable, Hashable {
    /// The comment's lines in order.
    public var lines: [DocLine]
    /// Where the comment starts (its first `///` or `/**`).
    public var location: SourceLocation

    /// Creates a doc comment.
    public init(lines: [DocLine], location: SourceLocation) {
        self.lines = lines
        self.location = location
    }
}

/// A function parameter as written.
public struct ParameterDeclaration: Sendable, Hashable {
    /// The argument label; `nil` when it is `_`.
    public var label: String?
    /// The internal name; `_` when the parameter has none (`_: T`, or `_ _: T`).
    public var name: String
    /// The type as written with whitespace removed (`inout`, attributes and a variadic `...`
    /// included) and comments left out. Where removing whitespace would change the Swift, one
    /// space stays: between two names (`inout Int`, `some View`, `any Error`, `repeat each T`),
    /// after an attribute's name (`@Sendable ()->Void`) and before an `@` that followed a
    /// space (`@escaping @Sendable (Int)->Void`). So the text can be written back as Swift.
    public var type: String
    /// Whether the parameter has a default value.
    public var hasDefault: Bool
    /// The default value as written when it is a literal that means the same wherever it is
    /// written — a number (negative too), a one-line string without interpolation, `true`,
    /// `false`, `nil`, `[]` or `[:]` — and `nil` for any other default, or none.
    public var literalDefault: String?
    /// Where the parameter starts (its label, or its name).
    public var location: SourceLocation

    /// Whether the type is marked `inout`.
    public var isInout: Bool
    /// Whether the parameter is variadic (`T...`).
    public var isVariadic: Bool

    /// Creates a parameter.
    public init(
        label: String?, name: String, type: String, hasDefault: Bool, literalDefault: String? = nil,
        isInout: Bool = false, isVariadic: Bool = false, location: SourceLocation
    ) {
        self.label = label
        self.name = name
        self.type = type
        self.hasDefault = hasDefault
        self.literalDefault = literalDefault
        self.isInout = isInout
        self.isVariadic = isVariadic
        self.location = location
    }
}

/// How a function may throw.
public enum ThrowsClause: Sendable, Hashable {
    /// Does not throw.
    case none
    /// `throws`.
    case throwing
    /// `rethrows`.
    case rethrowing
    /// `throws(E)` with the error type as written, whitespace removed.
    case typed(String)

    /// Whether a call needs `try`.
    public var needsTry: Bool { self != .none }
}

/// A `func` declaration.
public struct FunctionDeclaration: Sendable, Hashable {
    /// The base name, e.g. `reserveQuota` (backticks removed).
    public var name: String
    /// Where the base name is.
    public var nameLocation: SourceLocation
    /// The enclosing type path, e.g. `["Cinder", "Database"]` (extensions contribute the
    /// extended type's path; generic parameters omitted). Empty for a free function.
    public var owner: [String]
    /// The kind of the innermost enclosing declaration (`struct`, `enum`, `class`, `actor`,
    /// `protocol`, `extension`); `nil` for a free function.
    public var ownerKind: String?
    /// `static` or `class`.
    public var isStatic: Bool
    /// Modifiers as written, e.g. `["public", "mutating"]` (no `static`/`class`).
    public var modifiers: [String]
    /// Attribute names as written, without arguments, e.g. `["@MainActor", "@discardableResult"]`.
    public var attributes: [String]
    /// The attributes of the type or extension it is declared in, e.g. `["@MainActor"]` for a
    /// method of `@MainActor extension Model`; empty for a free or local function.
    public var contextAttributes: [String]
    /// The generic parameter clause as written (`<T: P>`), or `nil`; a `where` clause is also
    /// recorded here when present. Both are compacted as `ParameterDeclaration.type` is, and
    /// joined as `<T:P> where T.Element==Int,U:Q` (just ` where …` without generic parameters).
    public var genericClause: String?
    /// The parameters in order.
    public var parameters: [ParameterDeclaration]
    /// `async`.
    public var isAsync: Bool
    /// How it throws.
    public var throwsClause: ThrowsClause
    /// The return type as written with whitespace removed (compacted as
    /// `ParameterDeclaration.type` is); `nil` when omitted, `Void` or `()`.
    public var returnType: String?
    /// The doc comment attached to it, if any.
    public var docComment: DocComment?
    /// What must hold for it to be compiled: the clauses of the `#if` branches around it,
    /// outermost first (see `CompilationCondition`); empty outside `#if`.
    public var conditions: [String]
    /// Whether it sits inside `#if` (in any branch).
    public var isConditional: Bool { !conditions.isEmpty }
    /// Whether it is declared inside a function, closure, accessor or other body rather than
    /// at file scope or directly in a type: a local function, which other files cannot call.
    /// `owner` is then the path of the types around that body.
    public var isLocal: Bool

    /// Creates a function declaration.
    public init(
        name: String, nameLocation: SourceLocation, owner: [String], ownerKind: String?,
        isStatic: Bool, modifiers: [String], attributes: [String], genericClause: String?,
        parameters: [ParameterDeclaration], isAsync: Bool, throwsClause: ThrowsClause,
        returnType: String?, docComment: DocComment?, isLocal: Bool = false,
        contextAttributes: [String] = [], conditions: [String] = []
    ) {
        self.contextAttributes = contextAttributes
        self.conditions = conditions
        self.name = name
        self.nameLocation = nameLocation
        self.owner = owner
        self.ownerKind = ownerKind
        self.isStatic = isStatic
        self.modifiers = modifiers
        self.attributes = attributes
        self.genericClause = genericClause
        self.parameters = parameters
        self.isAsync = isAsync
        self.throwsClause = throwsClause
        self.returnType = returnType
        self.docComment = docComment
        self.isLocal = isLocal
    }
}

/// A type declaration (`struct`, `enum`, `class`, `actor`, `protocol`) or an `extension`.
public struct TypeDeclaration: Sendable, Hashable {
    /// `struct`, `enum`, `class`, `actor`, `protocol` or `extension`.
    public var kind: String
    /// The declared name (for an extension, the extended type as written).
    public var name: String
    /// The full path including enclosing types, e.g. `["Cinder", "CreateVolumeAPI"]`.
    public var path: [String]
    /// Where the name is.
    public var nameLocation: SourceLocation
    /// Whether it has generic parameters.
    public var isGeneric: Bool
    /// Modifiers as written, e.g. `["private"]`.
    public var modifiers: [String]
    /// Attribute names as written, without arguments, e.g. `["@MainActor"]`.
    public var attributes: [String]
    /// The doc comment attached to it, if any.
    public var docComment: DocComment?
    /// The last component of each name in its inheritance clause, e.g. `["Codable", "Sendable"]`.
    public var inheritedTypes: [String]
    /// What must hold for it to be compiled: the clauses of the `#if` branches around it,
    /// outermost first; empty outside `#if`.
    public var conditions: [String]

    /// Creates a type declaration.
    public init(
        kind: String, name: String, path: [String], nameLocation: SourceLocation,
        isGeneric: Bool, modifiers: [String], attributes: [String] = [], docComment: DocComment?,
        inheritedTypes: [String] = [], conditions: [String] = []
    ) {
        self.conditions = conditions
        self.attributes = attributes
        self.inheritedTypes = inheritedTypes
        self.kind = kind
        self.name = name
        self.path = path
        self.nameLocation = nameLocation
        self.isGeneric = isGeneric
        self.modifiers = modifiers
        self.docComment = docComment
    }
}

/// Any other doc-commented declaration (`var`, `let`, `init`, `subscript`, `typealias`,
/// `case`, …), kept so that a misplaced annotation can be reported.
public struct OtherDeclaration: Sendable, Hashable {
    /// The introducing keyword, e.g. `init`, `var`, `subscript`.
    public var keyword: String
    /// Where the keyword is.
    public var location: SourceLocation
    /// The doc comment attached to it.
    public var docComment: DocComment

    /// Creates a declaration record.
    public init(keyword: String, location: SourceLocation, docComment: DocComment) {
        self.keyword = keyword
        self.location = location
        self.docComment = docComment
    }
}

/// A `typealias` outside function bodies: a name that hides others like a type does.
public struct TypeAliasDeclaration: Sendable, Hashable {
    /// The declared name.
    public var name: String
    /// The full path including enclosing types, e.g. `["Garage", "Engine"]`.
    public var path: [String]
    /// Where the name is.
    public var nameLocation: SourceLocation
    /// The type it stands for, as written (compacted like parameter types), or `nil` for a
    /// generic alias, whose parameters the generator does not substitute.
    public var aliasedType: String?

    /// Creates a type alias record.
    public init(name: String, path: [String], nameLocation: SourceLocation, aliasedType: String? = nil) {
        self.name = name
        self.path = path
        self.nameLocation = nameLocation
        self.aliasedType = aliasedType
    }
}

/// Everything the reading stage found in one file.
public struct FileDeclarations: Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// Every `func` declaration (documented or not), in source order.
    public var functions: [FunctionDeclaration]
    /// Every type and extension declaration, in source order.
    public var types: [TypeDeclaration]
    /// Other doc-commented declarations, in source order.
    public var others: [OtherDeclaration]
    /// Every `typealias` outside function bodies, in source order.
    public var typeAliases: [TypeAliasDeclaration]
    /// The file's top-level `import` declarations outside `#if`, as written with runs of
    /// whitespace collapsed (`import Foundation`, `@preconcurrency import Dispatch`,
    /// `import struct Foundation.UUID`), in source order. Generated code repeats them so that
    /// the types in task signatures resolve.
    public var imports: [String]
    /// The file's top-level `import` declarations inside `#if`, with the conditions they are
    /// compiled under, in source order (`#if canImport(FoundationEssentials)` …). Generated code
    /// repeats them under the same conditions.
    public var conditionalImports: [ConditionalImport]
    /// Problems found while lexing and reading (unterminated comments or strings, invalid
    /// UTF-8 in a doc comment), located at their start.
    public var diagnostics: [Diagnostic]

    /// Creates a file's declarations.
    public init(
        path: String, functions: [FunctionDeclaration], types: [TypeDeclaration],
        others: [OtherDeclaration], typeAliases: [TypeAliasDeclaration] = [], imports: [String] = [],
        conditionalImports: [ConditionalImport] = [], diagnostics: [Diagnostic]
    ) {
        self.conditionalImports = conditionalImports
        self.path = path
        self.functions = functions
        self.types = types
        self.others = others
        self.typeAliases = typeAliases
        self.imports = imports
        self.diagnostics = diagnostics
    }
}

/// An `import` declaration inside `#if`.
public struct ConditionalImport: Sendable, Hashable {
    /// What must hold for it to be compiled (see `CompilationCondition`).
    public var conditions: [String]
    /// The declaration as written, whitespace collapsed (`import FoundationEssentials`).
    public var declaration: String

    /// Creates a conditional import.
    public init(conditions: [String], declaration: String) {
        self.conditions = conditions
        self.declaration = declaration
    }
}
