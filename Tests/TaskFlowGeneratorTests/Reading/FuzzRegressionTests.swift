import Foundation
import Testing
@testable import TaskFlowGenerator

/// Every input the fuzzer (Fuzz/run.sh) found crashing or hanging the front end, as it found
/// it (base64), read again here.
@Suite struct FuzzRegressionTests {
    @Test(arguments: [
        // An interpolation closed at the very end of the file: the empty string segment after
        // it was read past the end.
        "IlwoCik=",
        // A string literal ending in a lone backslash at the very end of the file: the
        // escape moved the lexer past the end.
        "bFQAAAAAAAAAaW1wb3J0AAAAAIn/Ilw=",
        // Invalid UTF-8 in an annotation line: its repair (3-byte U+FFFD per bad byte) moved
        // the checker's columns past the end of the line.
        "Ly8vIFJlc2VydmVzIHF1b3RhLgovLy8KLy8vIC0gVGFzazogcmVzZXJ2ZV9xdW90YQovLy8gICAtIHJlcXVpcmVzOiBzaXplLCB2b2x1bWVfdHlwZfb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29iBvbnRleHQsIHNpemU6IElsdCwgdHlwZToZVm9sdW1lVHlwZSkgYXN5bmMgdGhyb3dzIC0+IFsjZWxzZWlmdGlvbl0geyBbXSB9UXVvdGEKZnVuYyByZXNlcnZlUXVvdGZ1bmMgcm9sbGJhY2tRdW90YShjeW50ZXhudGV4dCwgcmVzdWx0OiBbUmVzZXQscg==",
    ])
    func readsAnInputThatOnceBrokeTheFrontEnd(base64: String) throws {
        let bytes = Array(try #require(Data(base64Encoded: base64)))
        let declarations = read(bytes: bytes)
        let result = checkModule(named: "Fuzz", files: [declarations])

        // What the fuzz target checks: every location lies inside the file.
        let lines = bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        var locations = declarations.functions.map(\.nameLocation) + declarations.types.map(\.nameLocation)
        locations += declarations.functions.flatMap { $0.docComment?.lines.map(\.location) ?? [] }
        locations += result.diagnostics.map(\.location)
        for location in locations {
            #expect(location.line >= 1 && location.line <= lines.count, "\(location)")
            if location.line >= 1, location.line <= lines.count {
                #expect(location.column >= 1 && location.column <= lines[location.line - 1].count + 1, "\(location)")
            }
        }
    }
}
