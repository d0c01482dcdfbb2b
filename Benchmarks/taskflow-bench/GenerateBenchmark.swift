import Foundation
import TaskFlowGenerator

/// The whole generator, from source text to emitted text (`taskflow-bench scan` runs it after
/// the front-end cases):
///
/// - `generate.1000_tasks.ms`: a module of 1,000 annotated tasks in 50 linear flows, read,
///   checked and emitted; the median of 9 runs (the goal is ≤ 200 ms);
/// - `generate.1000_tasks.read_ms`, `.check_ms`, `.emit_ms`: the same split by stage.
enum GenerateBenchmark {
    static func run() throws {
        let sources = module(flows: 50, tasksPerFlow: 20)
        // Every run must succeed and emit the same text, or the timing means nothing.
        guard let expected = generateSwift(moduleName: "Bench", sources: sources).file else {
            throw GenerateBenchmarkError.generationFailed
        }
        let clock = ContinuousClock()
        var runs: [Double] = []
        for _ in 0 ..< 9 {
            var emitted: String?
            let elapsed = clock.measure { emitted = generateSwift(moduleName: "Bench", sources: sources).file }
            guard emitted == expected else { throw GenerateBenchmarkError.inconsistentOutput }
            runs.append(Self.milliseconds(elapsed))
        }
        print("generate.1000_tasks.ms \(String(format: "%.1f", median(runs))) ms")

        // Where the time goes, stage by stage (the same pipeline, split at its seams).
        var read: [Double] = [], check: [Double] = [], emit: [Double] = []
        for _ in 0 ..< 5 {
            var files: [FileDeclarations] = []
            read.append(milliseconds(clock.measure { files = sources.map(readDeclarations(in:)) }))
            var checked: CheckResult?
            check.append(milliseconds(clock.measure { checked = checkModule(named: "Bench", files: files) }))
            guard let module = checked?.module else { throw GenerateBenchmarkError.generationFailed }
            emit.append(milliseconds(clock.measure { _ = emitSwift(module) }))
        }
        print("generate.1000_tasks.read_ms \(String(format: "%.1f", median(read))) ms")
        print("generate.1000_tasks.check_ms \(String(format: "%.1f", median(check))) ms")
        print("generate.1000_tasks.emit_ms \(String(format: "%.1f", median(emit))) ms")
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    enum GenerateBenchmarkError: Error {
        case generationFailed
        case inconsistentOutput
    }

    /// `flows` files, each a linear flow of `tasksPerFlow` tasks chained by their values; every
    /// fifth task has a revert, every seventh a defaulted parameter, every third is synchronous.
    static func module(flows: Int, tasksPerFlow: Int) -> [SourceFile] {
        var files = [SourceFile(path: "Sources/Bench/Context.swift", text: "struct BenchContext: Sendable {}\n")]
        for flow in 0 ..< flows {
            let prefix = "f\(flow)"
            var text = "import Foundation\n\n"
            for task in 0 ..< tasksPerFlow {
                var parameters = ["context: BenchContext", "\(prefix)_seed: Int"]
                if task > 0 { parameters.append("\(prefix)_v\(task - 1): Int") }
                if task % 7 == 3 { parameters.append("\(prefix)_scale: Int = 1") }
                let revert = task % 5 == 4 ? "///   - revert: undo\(prefix)T\(task)\n" : ""
                text += """
                    /// Step \(task) of flow \(flow): adds the seed to the previous value.
                    ///
                    /// - Parameter context: The request.
                    /// - Task: \(prefix)_t\(task)
                    ///   - provides: \(prefix)_v\(task)
                    \(revert)\
                    func \(prefix)T\(task)(\(parameters.joined(separator: ", ")))\(task % 3 == 0 ? "" : " async throws") -> Int {
                        let text = "step \\(\(prefix)_seed) /* not a comment */"
                        return text.count &+ \(task)
                    }


                    """
                if !revert.isEmpty {
                    text += "func undo\(prefix)T\(task)(context: BenchContext, result: Int) async {}\n\n"
                }
            }
            let children = (0 ..< tasksPerFlow).map { "\(prefix)_t\($0)" }.joined(separator: ", ")
            text += """
                /// Benchmark flow \(flow).
                ///
                /// - Flow: flow_\(flow)
                ///   - tasks: \(children)
                enum Flow\(flow) {}

                """
            files.append(SourceFile(path: "Sources/Bench/Flow\(flow).swift", text: text))
        }
        return files
    }
}
