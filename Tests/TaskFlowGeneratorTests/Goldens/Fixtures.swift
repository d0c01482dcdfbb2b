import Foundation
import TaskFlowGenerator

/// The generator fixtures under `Fixtures/Generator/<case>/`: `Input/*.swift` (what the
/// generator reads), `Expected/Generated.taskflow.swift` (the golden), and, for cases compiled
/// by a test target, `Tests/` (which runs the generated flows).
enum GeneratorFixtures {
    /// Every case.
    static let cases = [
        "Linear", "Unordered", "GraphLinks", "NestedFlows", "InstanceOwners", "OptionalInputs",
        "TupleProvides", "VoidContext", "KeywordSymbols", "LargeFlow", "ActorOwners", "HiddenRuntimeNames",
        "PublicFlows", "ConditionalFlows", "EmptyModule", "GeneratedMemberNames",
    ]

    /// The root of this checkout.
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 4 { url.deleteLastPathComponent() }
        return url
    }()

    /// `Fixtures/Generator` in this checkout.
    static let root = repository.appendingPathComponent("Fixtures/Generator").path

    /// The module the case's golden is generated for: the name of the test target that
    /// compiles it.
    static func moduleName(of name: String) -> String { "\(name)Golden" }

    /// The golden file of a case.
    static func goldenPath(of name: String) -> String { "\(root)/\(name)/Expected/Generated.taskflow.swift" }

    /// The case's input files, with paths relative to the case directory (`Input/…`), sorted.
    static func inputs(of name: String) throws -> [SourceFile] {
        let directory = "\(root)/\(name)/Input"
        return try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".swift") }
            .sorted()
            .map { file in
                let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(file)"))
                return SourceFile(path: "Input/\(file)", bytes: Array(data))
            }
    }
}
