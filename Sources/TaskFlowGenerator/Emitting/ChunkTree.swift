/// Splits an array whose length grows with a flow (its tasks' metadata, a node's children, a
/// graph's links) into a tree of small functions that build it, so that no generated function
/// grows with the flow.
///
/// The optimizer's cost for one function grows faster than its size: an `append` brings in a
/// loop (growing the buffer), and some passes walk the whole function once per loop, so the
/// cost of n appends in one function grows as n²: 300 tasks' metadata appended in chunks of
/// 20 still took about ten seconds of a release build. Here each leaf function returns an array
/// literal of at most ``size`` elements (no loop at all) and each inner function joins at most
/// ``size`` of its children's arrays; every function is small and the tree is linear in the
/// number of elements. The functions are `@inline(never)`: each has one caller, and the
/// optimizer would otherwise inline the tree back into one large function.
///
/// Functions are named by the elements they cover: `taskMetadata0to19`, `taskMetadata0to399`.
struct ChunkTree {
    /// One function of the tree.
    struct Chunk {
        /// The elements it returns.
        var range: Range<Int>
        /// The functions whose arrays it joins, in order; empty for a leaf, which returns a
        /// literal.
        var children: [Chunk]

        /// The function's name: `base` and its range, e.g. `taskMetadata20to39`.
        func name(_ base: String) -> String {
            "\(base)\(range.lowerBound)to\(range.upperBound - 1)"
        }
    }

    /// The most elements of a leaf's literal, and the most arrays an inner function joins.
    static let size = 20

    /// The function that returns the whole array.
    let root: Chunk

    /// Plans the functions for an array of `count` elements (at least one).
    init(count: Int) {
        precondition(count > 0, "a chunk tree needs at least one element")
        var level: [Chunk] = stride(from: 0, to: count, by: Self.size).map {
            Chunk(range: $0 ..< min($0 + Self.size, count), children: [])
        }
        while level.count > 1 {
            level = stride(from: 0, to: level.count, by: Self.size).map { start in
                let group = Array(level[start ..< min(start + Self.size, level.count)])
                return Chunk(range: group[0].range.lowerBound ..< group[group.count - 1].range.upperBound, children: group)
            }
        }
        self.root = level[0]
    }

    /// Writes every function of the tree, depth first, each preceded by a blank line and
    /// marked `@inline(never)`.
    /// - Parameters:
    ///   - base: The functions' name before their range.
    ///   - describe: The doc comment of the function covering the elements `first` through `last`.
    ///   - declaration: The line that opens the function of the given name, ending in `{`.
    ///   - leaf: Writes the body of a leaf covering the given elements.
    ///   - inner: Writes the body of an inner function calling the functions of the given names.
    func writeFunctions(
        base: String,
        describe: (_ first: Int, _ last: Int) -> String,
        declaration: (_ name: String) -> String,
        into writer: inout SourceWriter,
        leaf: (Range<Int>, inout SourceWriter) -> Void,
        inner: (_ calls: [String], _ range: Range<Int>, inout SourceWriter) -> Void
    ) {
        func write(_ chunk: Chunk) {
            writer.line()
            writer.docComment(describe(chunk.range.lowerBound, chunk.range.upperBound - 1))
            writer.line("@inline(never)")
            writer.block(declaration(chunk.name(base))) { body in
                if chunk.children.isEmpty {
                    leaf(chunk.range, &body)
                } else {
                    inner(chunk.children.map { $0.name(base) }, chunk.range, &body)
                }
            }
            for child in chunk.children { write(child) }
        }
        write(root)
    }

    /// Writes the functions that return the array: a leaf returns a literal of its elements,
    /// an inner function the arrays of the functions it calls, joined.
    /// - Parameters:
    ///   - base: The functions' name before their range.
    ///   - describe: The doc comment of the function returning the elements `first` through `last`.
    ///   - parameters: The functions' parameter list, e.g. `database: Database`.
    ///   - arguments: The arguments one of them passes to another, e.g. `database: database`.
    ///   - elementType: The array's element type.
    ///   - variable: What an inner function names the array it joins, e.g. `tasks`.
    ///   - element: Writes the literal's element for one index, ending in a comma.
    func writeArrayFunctions(
        base: String,
        describe: (_ first: Int, _ last: Int) -> String,
        parameters: String,
        arguments: String,
        elementType: String,
        variable: String,
        into writer: inout SourceWriter,
        element: (Int, inout SourceWriter) -> Void
    ) {
        writeFunctions(
            base: base,
            describe: describe,
            declaration: { "private static func \($0)(\(parameters)) -> [\(elementType)] {" },
            into: &writer,
            leaf: { range, body in
                body.block("[", closing: "]") { list in
                    for index in range { element(index, &list) }
                }
            },
            inner: { calls, range, body in
                body.line("var \(variable) = \(calls[0])(\(arguments))")
                body.line("\(variable).reserveCapacity(\(range.count))")
                for call in calls.dropFirst() {
                    body.line("\(variable).append(contentsOf: \(call)(\(arguments)))")
                }
                body.line("return \(variable)")
            }
        )
    }
}
