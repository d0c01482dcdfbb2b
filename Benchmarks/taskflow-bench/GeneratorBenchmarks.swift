import Foundation

/// Benchmarks of the generator (issue: generator). Owned by the generator work.
enum GeneratorBenchmarks {
    static func run() async throws {
        print("generator benchmarks are not written yet")
        exit(1)
    }
}
