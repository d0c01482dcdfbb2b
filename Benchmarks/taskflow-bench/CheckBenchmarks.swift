import Foundation
import TaskFlowGenerator

/// Benchmarks of the checking stage (`taskflow-bench check`).
///
/// Builds a module of 5,000 annotated tasks as Swift source (a chain: each task requires what
/// the previous one provides, every tenth an instance method with a revert), 50 linear flows of
/// 100 tasks nested in one flow, and one graph flow over all 5,000 tasks. The files are read
/// once; the median of 7 runs of `checkModule(named:files:)` is printed:
///
/// - `check.5000_tasks_ms`: the whole module (the goal: well under a second).
enum CheckBenchmarks {
    static func run() async throws {
        let files = makeModule(tasks: 5_000).map(readDeclarations(in:))
        let expected = checkModule(named: "Bench", files: files)
        guard !expected.diagnostics.containsError, expected.module.flows.count == 52 else {
            throw CheckBenchmarkError.unexpectedResult(expected.diagnostics.prefix(5).map(\.description))
        }
        let clock = ContinuousClock()
        var milliseconds: [Double] = []
        for _ in 0..<7 {
            let start = clock.now
            let result = checkModule(named: "Bench", files: files)
            let elapsed = clock.now - start
            guard result.module.flows.count == 52 else { throw CheckBenchmarkError.unexpectedResult([]) }
            milliseconds.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
        }
        print("check.5000_tasks_ms \(String(format: "%.1f", milliseconds.sorted()[milliseconds.count / 2])) ms")
    }

    /// The module's sources: one file per 100 tasks, and one file of flows.
    static func makeModule(tasks count: Int) -> [SourceFile] {
        var files: [SourceFile] = []
        for start in stride(from: 0, to: count, by: 100) {
            var text = "import Foundation\n\nstruct Store\(start): Sendable {}\n\n"
            for index in start..<min(start + 100, count) {
                let input = index == 0 ? "seed" : "s_\(index - 1)"
                if index % 10 == 0 {
                    text += """
                        extension Store\(start) {
                            /// Step \(index).
                            ///
                            /// - Task: t_\(index)
                            ///   - provides: s_\(index)
                            ///   - revert: undo\(index)
                            func step\(index)(context: String, \(input): Int) async throws -> Int { \(input) + 1 }

                            func undo\(index)(result: Int?, failure: RevertCause) async {}
                        }


                        """
                } else {
                    text += """
                        /// Step \(index).
                        ///
                        /// - Task: t_\(index)
                        ///   - provides: s_\(index)
                        func step\(index)(\(input): Int) -> Int { \(input) + 1 }


                        """
                }
            }
            files.append(SourceFile(path: "Sources/Bench/Steps\(start).swift", text: text))
        }
        var flows = ""
        let groups = stride(from: 0, to: count, by: 100).map { start in
            (start..<min(start + 100, count)).map { "t_\($0)" }.joined(separator: ", ")
        }
        for (index, group) in groups.enumerated() {
            flows += "/// - Flow: part\(index)\n///   - tasks: \(group)\nenum Part\(index) {}\n\n"
        }
        flows += "/// - Flow: whole\n///   - tasks: \(groups.indices.map { "Part\($0)" }.joined(separator: ", "))\nenum Whole {}\n\n"
        flows += "/// - Flow: graph\n///   - pattern: graph\n///   - tasks: \((0..<count).reversed().map { "t_\($0)" }.joined(separator: ", "))\nenum Graph {}\n"
        files.append(SourceFile(path: "Sources/Bench/Flows.swift", text: flows))
        return files
    }

    enum CheckBenchmarkError: Error {
        case unexpectedResult([String])
    }
}
