@testable import TaskFlowGenerator

/// Builds a `///` doc comment as the reader would: each line of `text` is what follows `///`,
/// the comment starting at `line` of `file` in column 1, so text starts at column 4.
func docComment(_ text: String, file: String = "Sources/A/a.swift", line: Int = 1) -> DocComment {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, content in
        DocLine(text: String(content), location: SourceLocation(file: file, line: line + offset, column: 4))
    }
    return DocComment(lines: lines, location: SourceLocation(file: file, line: line, column: 1))
}
