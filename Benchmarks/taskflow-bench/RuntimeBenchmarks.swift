import Foundation

/// Benchmarks of the engine (issue: runtime): `swift run -c release taskflow-bench runtime`.
///
/// Each line is `NAME VALUE UNIT`, the median of `runs` measurements. A further argument runs
/// only the cases whose name starts with it: `taskflow-bench runtime linear.1000`.
enum RuntimeBenchmarks {
    static let runs = 7

    static func run() async throws {
        for count in [1_000, 10_000] {
            try await report("linear.\(count).ns_per_task", unit: "ns") { try await linearNanosecondsPerTask(count) }
        }
        resetPeakMemory()
        try await report("linear.100000.ns_per_task", unit: "ns") { try await linearNanosecondsPerTask(100_000) }
        report("linear.100000.peak_rss_mb", value: peakMemoryMegabytes(), unit: "MB")
        try await report("baseline.100000.ns_per_task", unit: "ns") { await baselineNanosecondsPerTask(100_000) }
        try await report("adapters.100000.ns_per_task", unit: "ns") { try await adaptersNanosecondsPerTask(100_000) }
        try await report("graph.10000.ns_per_task", unit: "ns") { try await graphNanosecondsPerTask(10_000) }
        try await report("unordered.1000x10ms.ms_total", unit: "ms") { try await unorderedMilliseconds(1_000) }
    }

    // MARK: - Reporting

    /// Measures `runs` times and prints the median.
    static func report(_ name: String, unit: String, measure: () async throws -> Double) async throws {
        guard selected(name) else { return }
        var values: [Double] = []
        for _ in 0..<runs { values.append(try await measure()) }
        report(name, value: values.sorted()[values.count / 2], unit: unit)
    }

    static func report(_ name: String, value: @autoclosure () -> Double, unit: String) {
        guard selected(name) else { return }
        let value = value()
        print("\(name) \(String(format: value < 10 ? "%.2f" : "%.0f", value)) \(unit)")
    }

    /// Whether `name` starts with the optional filter given after the suite name.
    static func selected(_ name: String) -> Bool {
        CommandLine.arguments.dropFirst(2).first.map(name.hasPrefix) ?? true
    }

    /// Time `body` takes, in nanoseconds.
    static func nanoseconds(_ body: () async throws -> Void) async rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        let elapsed = (clock.now - start).components
        return Double(elapsed.seconds) * 1e9 + Double(elapsed.attoseconds) / 1e9
    }

    // MARK: - Memory

    /// Resets the kernel's peak-RSS mark (`VmHWM`), so the next reading covers what follows.
    static func resetPeakMemory() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// Peak resident memory since the last reset, from `/proc/self/status`; 0 where unavailable.
    static func peakMemoryMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}
