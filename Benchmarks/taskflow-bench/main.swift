import Foundation

// taskflow-bench: release-mode benchmarks, one line per case: `NAME VALUE UNIT`, each the
// median of several runs. Run with `swift run -c release taskflow-bench <suite>`.

let suites: [String: () async throws -> Void] = [
    "runtime": RuntimeBenchmarks.run,
    "scan": GeneratorBenchmarks.run,
    "check": CheckBenchmarks.run,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let suite = suites[name] else {
    print("usage: taskflow-bench \(suites.keys.sorted().joined(separator: "|"))")
    exit(2)
}
try await suite()
