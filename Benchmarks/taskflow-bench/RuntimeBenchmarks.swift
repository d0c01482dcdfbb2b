import Foundation

/// Benchmarks of the engine (issue: runtime). Owned by the runtime work.
enum RuntimeBenchmarks {
    static func run() async throws {
        print("runtime benchmarks are not written yet")
        exit(1)
    }
}
