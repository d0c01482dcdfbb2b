import Testing
@testable import TaskFlowGenerator

@Suite struct ChunkTreeTests {
    @Test(arguments: [1, 19, 20, 21, 399, 400, 401, 8_001])
    func everyFunctionIsSmallAndTheLeavesCoverEveryElementInOrder(_ count: Int) {
        let tree = ChunkTree(count: count)
        #expect(tree.root.range == 0 ..< count)
        var leaves: [Range<Int>] = []
        func visit(_ chunk: ChunkTree.Chunk) {
            if chunk.children.isEmpty {
                #expect(chunk.range.count <= ChunkTree.size)
                leaves.append(chunk.range)
                return
            }
            #expect(chunk.children.count <= ChunkTree.size)
            #expect(chunk.children.first?.range.lowerBound == chunk.range.lowerBound)
            #expect(chunk.children.last?.range.upperBound == chunk.range.upperBound)
            chunk.children.forEach(visit)
        }
        visit(tree.root)
        #expect(leaves.flatMap { Array($0) } == Array(0 ..< count))
    }

    @Test func aFewElementsNeedOneLeafAndManyAnotherLevel() {
        #expect(ChunkTree(count: 20).root.children.isEmpty)
        #expect(ChunkTree(count: 21).root.children.map(\.range) == [0 ..< 20, 20 ..< 21])
        let deep = ChunkTree(count: 401).root
        #expect(deep.children.map(\.range) == [0 ..< 400, 400 ..< 401])
        #expect(deep.children[0].children.count == 20)
    }

    @Test func functionsAreNamedByTheElementsTheyCover() {
        var writer = SourceWriter()
        ChunkTree(count: 21).writeArrayFunctions(
            base: "items", describe: { "Items \($0) to \($1)." }, parameters: "", arguments: "",
            elementType: "Int", variable: "items", into: &writer
        ) { index, list in list.line("\(index),") }
        #expect(writer.text.contains("""
            /// Items 0 to 20.
            @inline(never)
            private static func items0to20() -> [Int] {
                var items = items0to19()
                items.reserveCapacity(21)
                items.append(contentsOf: items20to20())
                return items
            }
            """))
        #expect(writer.text.hasSuffix("""
            private static func items20to20() -> [Int] {
                [
                    20,
                ]
            }

            """))
    }
}
