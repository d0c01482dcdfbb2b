import Testing
@testable import TaskFlowGenerator

@Suite struct LineTableTests {
    @Test(arguments: [
        (0, 1, 1), (2, 1, 3), (3, 2, 1), (5, 3, 1), (7, 4, 1), (8, 4, 2),
    ])
    func countsLinesAtEveryKindOfLineBreak(offset: Int, line: Int, column: Int) {
        let bytes = Array("ab\nc\r\r\ndé".utf8)
        let table = bytes.withUnsafeBufferPointer { LineTable($0) }
        #expect(table.position(of: offset) == (line, column))
    }

    @Test func countsColumnsInUTF8Bytes() {
        let bytes = Array("é😀x".utf8)
        let table = bytes.withUnsafeBufferPointer { LineTable($0) }
        #expect(table.position(of: 6) == (1, 7))
    }
}
