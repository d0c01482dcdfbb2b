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
    ])
    func readsAnInputThatOnceCrashedTheReader(base64: String) throws {
        let bytes = try #require(Data(base64Encoded: base64))
        let file = read(bytes: Array(bytes))
        #expect(file.path == "t.swift")
    }
}
