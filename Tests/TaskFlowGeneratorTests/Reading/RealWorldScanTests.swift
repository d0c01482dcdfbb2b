import Foundation
import Testing
@testable import TaskFlowGenerator

/// Compares the reader with the Swift compiler's parser on real-world code.
///
/// Runs only when `TASKFLOW_REAL_WORLD_COUNTS` names the output of
/// `Scripts/RealWorldScan/count-functions.swift` (one line per file: path, tab, each function
/// as `name/PARAMETERS/EFFECTS/RETURNS`); `Scripts/real-world-scan.sh` prepares it from public
/// packages.
@Suite struct RealWorldScanTests {
    static let expectationsPath = ProcessInfo.processInfo.environment["TASKFLOW_REAL_WORLD_COUNTS"]

    @Test(.enabled(if: expectationsPath != nil))
    func findsTheSameFunctionsAsTheSwiftParserInEveryFile() throws {
        let expectations = try String(contentsOfFile: try #require(Self.expectationsPath), encoding: .utf8)
        var files = 0
        var expectedTotal = 0
        var foundTotal = 0
        var differing: [String] = []
        for line in expectations.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(fields[0])
            let expected = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
            let bytes = try #require(FileManager.default.contents(atPath: path))
            let found = readDeclarations(in: SourceFile(path: path, bytes: Array(bytes))).functions.map(\.comparable)
            files += 1
            expectedTotal += expected.count
            foundTotal += found.count
            if found != expected {
                differing.append("\(path): swift parser \(expected.count), reader \(found.count)\n"
                    + "  only parser: \(expected.filter { !found.contains($0) })\n"
                    + "  only reader: \(found.filter { !expected.contains($0) })")
            }
        }
        print("real-world scan: \(files) files, swift parser \(expectedTotal) funcs, reader \(foundTotal) funcs, \(differing.count) files differ")
        differing.prefix(40).forEach { print($0) }
        #expect(files > 0)
        #expect(differing.isEmpty)
    }
}

extension FunctionDeclaration {
    /// The function as the independent counter prints it: `name/PARAMETERS/EFFECTS/RETURNS`.
    fileprivate var comparable: String {
        var effects = isAsync ? "a" : ""
        switch throwsClause {
        case .none: break
        case .throwing: effects += "t"
        case .rethrowing: effects += "r"
        case .typed: effects += "e"
        }
        return "\(name)/\(parameters.count)/\(effects)/\(returnType == nil ? "" : "->")"
    }
}
