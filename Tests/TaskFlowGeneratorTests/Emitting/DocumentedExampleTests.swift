import Foundation
import Testing
import TaskFlowGenerator

/// `Docs/GeneratedCode.md` shows an input file and what the generator makes of it: the output
/// shown must be what the generator writes today (the diagram, elided as `...`, aside).
@Suite struct DocumentedExampleTests {
    /// `Docs/GeneratedCode.md` in this checkout.
    static let document = GeneratorFixtures.repository.appendingPathComponent("Docs/GeneratedCode.md").path

    /// The body of the first Swift code block after `heading` in `text`.
    private func codeBlock(after heading: String, in text: String) throws -> String {
        let start = try #require(text.range(of: heading), "no '\(heading)' in the document")
        let open = try #require(text.range(of: "```swift\n", range: start.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "\n```\n", range: open.upperBound..<text.endIndex))
        return String(text[open.upperBound..<close.lowerBound]) + "\n"
    }

    @Test func theExampleOutputIsWhatTheGeneratorWrites() throws {
        let text = try String(contentsOfFile: Self.document, encoding: .utf8)
        let input = try codeBlock(after: "Input (`Sources/Volumes/API.swift`):", in: text)
        let shown = try codeBlock(after: "Output (`Volumes.taskflow.swift`):", in: text)
        let result = generateSwift(moduleName: "Volumes", sources: [SourceFile(path: "Sources/Volumes/API.swift", text: input)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let generated = try #require(result.file)

        // The document elides the diagram's lines as one `...` line.
        let parts = shown.components(separatedBy: "        ...\n")
        try #require(parts.count == 2, "the shown output should elide exactly one block with '...'")
        let before = String(generated.prefix(parts[0].count))
        let after = String(generated.suffix(parts[1].count))
        #expect(before == parts[0], "before the elided diagram:\n\(LineDiff.describe(from: parts[0], to: before))")
        #expect(after == parts[1], "after the elided diagram:\n\(LineDiff.describe(from: parts[1], to: after))")
    }
}
