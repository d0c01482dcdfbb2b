import Testing
@testable import TaskFlowGenerator

@Suite struct AnnotationBlockParsingTests {
    @Test func readsTaskItemWithNestedKeysAndTheirLocations() throws {
        let parsed = parseAnnotations(in: docComment("""
             Reserves quota.

             - Parameter size: Size in GiB.
             - Task: reserve_quota
               - requires: size, volume_type as type
               - version: 1.2
            """))
        #expect(parsed.diagnostics.isEmpty)
        let block = try #require(parsed.blocks.first)
        #expect(block.kind == .task)
        #expect(block.value.text == "reserve_quota")
        #expect(block.location == SourceLocation(file: "Sources/A/a.swift", line: 4, column: 5))
        #expect(block.value.location.column == 13)
        #expect(block.entries.map(\.key) == ["requires", "version"])
        #expect(block.entries[0].keyLocation == SourceLocation(file: "Sources/A/a.swift", line: 5, column: 9))
        #expect(block.entries[0].value.text == "size, volume_type as type")
        #expect(block.entries[0].value.location.column == 19)
        #expect(block.text == ["- Task: reserve_quota", "  - requires: size, volume_type as type", "  - version: 1.2"])
    }

    @Test(arguments: ["- Task:", "- task:", "- TASK:", "-   Task  :"])
    func matchesTheItemCaseInsensitively(item: String) {
        let parsed = parseAnnotations(in: docComment(" \(item)"))
        #expect(parsed.blocks.map(\.kind) == [.task])
        #expect(parsed.blocks.first?.value.text == "")
    }

    @Test func ignoresItemsInFencedCodeBlocks() {
        let parsed = parseAnnotations(in: docComment("""
             Example:
             ```swift
             - Task: not_read
             ```
             - Flow: read
            """))
        #expect(parsed.blocks.map(\.value.text) == ["read"])
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test func ignoresItemsInIndentedCodeBlocks() {
        let parsed = parseAnnotations(in: docComment("""
             Example:

                 - Task: not_read
            """))
        #expect(parsed.blocks.isEmpty)
    }

    @Test func warnsAboutAnItemNestedInAnotherListItem() throws {
        let parsed = parseAnnotations(in: docComment("""
             - Note: careful
               - Task: nested
            """))
        #expect(parsed.blocks.isEmpty)
        let warning = try #require(parsed.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 2)
        #expect(warning.location.column == 7)
    }

    @Test func endsTheBlockAtTheFirstLineBackAtTheMargin() {
        let parsed = parseAnnotations(in: docComment("""
             - Task: a
               - provides: x

               - version: 2.0
             More prose.
               - Not a key
            """))
        #expect(parsed.blocks.first?.entries.map(\.key) == ["provides", "version"])
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test func reportsAnIndentedLineThatIsNoKeyValueItem() throws {
        let parsed = parseAnnotations(in: docComment("""
             - Task: a
               some prose
            """))
        let error = try #require(parsed.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location.line == 2)
        #expect(error.location.column == 7)
        #expect(error.message.hasPrefix("a line indented under '- Task:' must be a '- key: value' item"))
    }

    @Test func reportsUnknownKeysAtTheKey() throws {
        let parsed = parseAnnotations(in: docComment("""
             - Task: a
               - requiers: x
            """))
        let error = try #require(parsed.diagnostics.first)
        #expect(error.message == "unknown key 'requiers' in '- Task:'; did you mean 'requires'?")
        #expect(error.location == SourceLocation(file: "Sources/A/a.swift", line: 2, column: 9))
        #expect(parsed.blocks.first?.entries.isEmpty == true)
    }

    @Test func listsTheKeysWhenNoneIsClose() {
        let parsed = parseAnnotations(in: docComment(" - Flow: f\n   - retries: 3"))
        #expect(parsed.diagnostics.map(\.message) == ["unknown key 'retries' in '- Flow:'; expected one of pattern, tasks, link, durable, version"])
    }

    @Test func reportsKeysThatAreNotLowercase() {
        let parsed = parseAnnotations(in: docComment("""
             - Flow: f
               - Tasks: a
            """))
        #expect(parsed.diagnostics.map(\.message) == ["annotation keys are lowercase; write 'tasks'"])
    }

    @Test func reportsDuplicateKeysWithANoteAtTheFirst() throws {
        let parsed = parseAnnotations(in: docComment("""
             - Task: a
               - provides: x
               - provides: y
            """))
        let error = try #require(parsed.diagnostics.first)
        #expect(error.message == "duplicate key 'provides'; give each key once")
        #expect(error.location.line == 3)
        #expect(error.notes.map(\.location.line) == [2])
        #expect(parsed.blocks.first?.entries.map(\.value.text) == ["x"])
    }

    @Test func letsLinksRepeat() {
        let parsed = parseAnnotations(in: docComment("""
             - Flow: f
               - pattern: graph
               - link: a -> b
               - link: b -> c
            """))
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.blocks.first?.entries("link").count == 2)
    }

    @Test func reportsEmptyValues() {
        let parsed = parseAnnotations(in: docComment("""
             - Task: a
               - requires:
            """))
        #expect(parsed.diagnostics.map(\.message) == ["'requires' has an empty value"])
    }
}
