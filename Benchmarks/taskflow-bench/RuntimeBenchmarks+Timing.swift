import Foundation

/// Wall-clock and CPU time of one measurement.
///
/// On a machine shared with other work, wall-clock time includes the time this process waited
/// for a core; CPU time (of every thread of the process) does not, so it compares runs made
/// under different loads. Both are reported.
extension RuntimeBenchmarks {
    struct Timing {
        /// Elapsed wall-clock time.
        var wall: Double
        /// CPU time the whole process used meanwhile, all threads together.
        var cpu: Double

        /// Both times divided by `count`: per task.
        func perTask(_ count: Int) -> Timing {
            Timing(wall: wall / Double(count), cpu: cpu / Double(count))
        }
    }

    /// Wall-clock and CPU time `body` takes, in nanoseconds.
    static func timed(_ body: () async throws -> Void) async rethrows -> Timing {
        let clock = ContinuousClock()
        let cpuStart = processCPUNanoseconds()
        let start = clock.now
        try await body()
        let elapsed = (clock.now - start).components
        let cpu = processCPUNanoseconds() - cpuStart
        return Timing(wall: Double(elapsed.seconds) * 1e9 + Double(elapsed.attoseconds) / 1e9, cpu: cpu)
    }

    /// CPU time this process has used so far, in nanoseconds.
    static func processCPUNanoseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
    }

    /// Measures `runs` times and prints the median wall-clock time as `name` and the median CPU
    /// time as `cpuName`.
    static func report(_ name: String, cpuName: String, measure: () async throws -> Timing) async throws {
        guard selected(name) || selected(cpuName) else { return }
        var timings: [Timing] = []
        for _ in 0..<runs { timings.append(try await measure()) }
        for (label, values) in [(name, timings.map(\.wall)), (cpuName, timings.map(\.cpu))] {
            let value = values.sorted()[values.count / 2]
            print("\(label) \(String(format: value < 10 ? "%.2f" : "%.0f", value)) ns")
        }
    }
}
