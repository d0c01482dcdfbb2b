import Foundation
import TaskFlowGenerator

/// Benchmarks of the generator's front end (`taskflow-bench scan`).
///
/// Generates a corpus of realistic Swift — many files with doc comments and annotations,
/// string literals of every kind, generics, closures, `#if` blocks — of at least 20 MB, reads
/// every file with `readDeclarations(in:)`, and prints the median throughput of several runs:
///
/// - `scan.mb_per_s`: all cores, files split between them (the goal is ≥ 100 MB/s on 2 cores);
/// - `scan.mb_per_s_one_core`: one core;
/// - `scan.mb_per_cpu_s`: one core, per second of CPU time the process used — what a core
///   achieves whatever else the machine runs (wall-clock figures drop on a busy machine).
enum GeneratorBenchmarks {
    static func run() async throws {
        let files = ScanCorpus.make(minimumBytes: 20_000_000)
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
        let megabytes = Double(totalBytes) / 1_000_000
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        print("scan.corpus_mb \(format(megabytes)) MB")
        print("scan.corpus_files \(files.count) files")

        // Every run must find the same declarations, or the timing means nothing.
        let expectedFunctions = try await readAll(files, cores: 1)
        print("scan.functions \(expectedFunctions) funcs")

        var parallel: [Double] = []
        var single: [Double] = []
        var perCPUSecond: [Double] = []
        for _ in 0..<7 {
            parallel.append(try await throughput(files, megabytes: megabytes, cores: cores, expected: expectedFunctions))
            let cpuBefore = processCPUSeconds()
            single.append(try await throughput(files, megabytes: megabytes, cores: 1, expected: expectedFunctions))
            perCPUSecond.append(megabytes / (processCPUSeconds() - cpuBefore))
        }
        print("scan.mb_per_s \(format(median(parallel))) MB/s")
        print("scan.mb_per_s_one_core \(format(median(single))) MB/s")
        print("scan.mb_per_cpu_s \(format(median(perCPUSecond))) MB/s")
        try GenerateBenchmark.run()
    }

    /// The CPU time the process has used, all threads together.
    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func throughput(_ files: [SourceFile], megabytes: Double, cores: Int, expected: Int) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        let found = try await readAll(files, cores: cores)
        let elapsed = clock.now - start
        guard found == expected else { throw BenchmarkError.inconsistentResult(expected: expected, found: found) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return megabytes / seconds
    }

    /// Reads every file, the files split into `cores` contiguous shares read concurrently.
    ///
    /// - Returns: The number of functions found.
    private static func readAll(_ files: [SourceFile], cores: Int) async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            let share = (files.count + cores - 1) / cores
            for first in stride(from: 0, to: files.count, by: share) {
                let slice = Array(files[first..<min(first + share, files.count)])
                group.addTask {
                    slice.reduce(0) { $0 + readDeclarations(in: $1).functions.count }
                }
            }
            return try await group.reduce(0, +)
        }
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    enum BenchmarkError: Error {
        case inconsistentResult(expected: Int, found: Int)
    }
}
