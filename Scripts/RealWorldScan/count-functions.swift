// The independent counter for Scripts/real-world-scan.sh: parses each file with the Swift
// compiler's own parser (the toolchain's SwiftSyntax/SwiftParser host libraries) and prints
// one line per file: path, tab, the base names of its `func` declarations in source order
// (every `#if` branch included), separated by spaces.
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
        names.append(name)
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
