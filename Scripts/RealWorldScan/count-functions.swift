// The independent counter for Scripts/real-world-scan.sh: parses each file with the Swift
// compiler's own parser (the toolchain's SwiftSyntax/SwiftParser host libraries) and prints
// one line per file: path, tab, its `func` declarations in source order (every `#if` branch
// included), separated by spaces, each as `name/PARAMETERS/EFFECTS/RETURNS`: the base name,
// the number of parameters, `a` when async and `t`, `r` or `e` for throws, rethrows or typed
// throws, and `->` when it returns something other than `Void` or `()`.
//
// Built by the script with swiftc against the toolchain, never by the package (which has no
// dependencies).

import Foundation
import SwiftParser
import SwiftSyntax

final class FunctionCollector: SyntaxVisitor {
    var names: [String] = []

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        var name = node.name.text
        if name.hasPrefix("`"), name.hasSuffix("`"), name.count >= 2 {
            name = String(name.dropFirst().dropLast())
        }
        let signature = node.signature
        var effects = ""
        if signature.effectSpecifiers?.asyncSpecifier != nil { effects += "a" }
        if let throwsClause = signature.effectSpecifiers?.throwsClause {
            effects += throwsClause.type != nil ? "e" : throwsClause.throwsSpecifier.text == "rethrows" ? "r" : "t"
        }
        let returned = signature.returnClause.map { $0.type.trimmedDescription.filter { !$0.isWhitespace } }
        let returns = returned == nil || returned == "Void" || returned == "()" ? "" : "->"
        names.append("\(name)/\(signature.parameterClause.parameters.count)/\(effects)/\(returns)")
        return .visitChildren
    }
}

let listPath = CommandLine.arguments[1]
let list = try String(contentsOfFile: listPath, encoding: .utf8)
for path in list.split(separator: "\n") {
    guard let data = FileManager.default.contents(atPath: String(path)) else { continue }
    let tree = Array(data).withUnsafeBufferPointer { Parser.parse(source: $0) }
    let collector = FunctionCollector(viewMode: .sourceAccurate)
    collector.walk(tree)
    print("\(path)\t\(collector.names.joined(separator: " "))")
}
