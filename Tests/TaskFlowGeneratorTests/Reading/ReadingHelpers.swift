@testable import TaskFlowGenerator

/// Reads `source` as the file `t.swift`.
func read(_ source: String) -> FileDeclarations {
    readDeclarations(in: SourceFile(path: "t.swift", text: source))
}

/// Reads `bytes` as the file `t.swift`.
func read(bytes: [UInt8]) -> FileDeclarations {
    readDeclarations(in: SourceFile(path: "t.swift", bytes: bytes))
}

extension FunctionDeclaration {
    /// The signature in one line, for comparisons:
    /// `Owner.name<G>(label name: Type =) static async throws -> R`.
    var summary: String {
        var text = (owner + [name]).joined(separator: ".")
        if let genericClause { text += genericClause }
        text += "(" + parameters.map(\.summary).joined(separator: ", ") + ")"
        if isStatic { text += " static" }
        if isAsync { text += " async" }
        switch throwsClause {
        case .none: break
        case .throwing: text += " throws"
        case .rethrowing: text += " rethrows"
        case .typed(let type): text += " throws(\(type))"
        }
        if let returnType { text += " -> " + returnType }
        return text
    }
}

extension ParameterDeclaration {
    /// `label name: Type`, with `=` after a defaulted one and `_` for no label.
    var summary: String {
        "\(label ?? "_") \(name): \(type)" + (hasDefault ? " =" : "")
    }
}
