import Testing
@testable import TaskFlowGenerator

/// Arbitrary annotation text never crashes or hangs the checker: every run ends with a result.
@Suite struct CheckerRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        " - Task:", " - Flow:", "   - requires:", "   - provides:", "   - version:", "   - revert:", "   - pattern:",
        "   - tasks:", "   - link:", " a", " b", " c", " f0", " f1", " F0", " F1", ",", ",,", " as ", " -> ", " 1.0", " graph",
        " unordered", " linear", "```", "     ", "\t", "ü", "(", ")", "[", "]", ":", "?", " context", " result", "_",
    ]
    static let types = ["Int", "String", "Int?", "[Int]", "(a:Int,b:String)", "(Int,Int)", "X", "((", "<", "Ctx", "RevertCause"]
    static let parameterNames = ["a", "b", "c", "context", "result", "failure", "_"]

    @Test(arguments: 0..<40)
    func survivesArbitraryAnnotations(seed: Int) {
        var random = SplitMix(state: UInt64(seed))
        var module = TestModule()
        func text() -> String {
            (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
            }.joined(separator: "\n")
        }
        for index in 0..<12 {
            let parameters = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                Self.parameterNames.randomElement(using: &random)! + ": " + Self.types.randomElement(using: &random)!
                    + (Bool.random(using: &random) ? " = 1" : "")
            }
            module.function(text(), "f\(index % 3)", parameters,
                            returns: Bool.random(using: &random) ? Self.types.randomElement(using: &random) : nil,
                            owner: Bool.random(using: &random) ? ["O"] : [])
            module.type(text(), ["F\(index % 4)"])
        }
        let result = module.check()
        #expect(result.scan.json().hasSuffix("}\n"))
        #expect(result.module.flows.allSatisfy { flow in flow.tasks.allSatisfy { !$0.name.isEmpty } })
    }
}
