import Foundation

/// Benchmarks of the engine: `swift run -c release taskflow-bench runtime`.
///
/// Each line is `NAME VALUE UNIT`, the median of `runs` measurements. A further argument runs
/// only the cases whose name starts with it: `taskflow-bench runtime linear.1000`.
enum RuntimeBenchmarks {
    static let runs = 7

    static func run() async throws {
        if CommandLine.arguments.dropFirst(2).first == memoryProbe {
            try await probeLinearMemory(100_000)
            return
        }
        for count in [1_000, 10_000, 100_000] {
            try await report("linear.\(count).ns_per_task", cpuName: "linear.\(count).cpu_ns_per_task") {
                try await linearNanosecondsPerTask(count)
            }
        }
        try await report("linear.100000.build_ns_per_task", cpuName: "linear.100000.build_cpu_ns_per_task") {
            try await linearBuildNanosecondsPerTask(100_000)
        }
        try await report("linear.100000.peak_rss_mb", unit: "MB") { try linearPeakMemoryMegabytes() }
        try await report("baseline.100000.ns_per_task", cpuName: "baseline.100000.cpu_ns_per_task") {
            await baselineNanosecondsPerTask(100_000)
        }
        try await report("layer.100000.ns_per_task", cpuName: "layer.100000.cpu_ns_per_task") {
            await layerNanosecondsPerTask(100_000)
        }
        try await report("adapters.100000.ns_per_task", cpuName: "adapters.100000.cpu_ns_per_task") {
            try await adaptersNanosecondsPerTask(100_000)
        }
        try await report("maybe_isolated.100000.ns_per_call", cpuName: "maybe_isolated.100000.cpu_ns_per_call") {
            await maybeIsolatedNanosecondsPerCall(100_000)
        }
        try await report("plain_call.100000.ns_per_call", cpuName: "plain_call.100000.cpu_ns_per_call") {
            await plainCallNanosecondsPerCall(100_000)
        }
        try await report("graph.10000.ns_per_task", cpuName: "graph.10000.cpu_ns_per_task") {
            try await graphNanosecondsPerTask(10_000)
        }
        try await report("graph.10000.build_ns_per_task", cpuName: "graph.10000.build_cpu_ns_per_task") {
            try await graphBuildNanosecondsPerTask(10_000)
        }
        try await report("unordered.1000x10ms.ms_total", unit: "ms") { try await unorderedMilliseconds(1_000) }
    }

    // MARK: - Reporting

    /// Measures `runs` times and prints the median.
    static func report(_ name: String, unit: String, measure: () async throws -> Double) async throws {
        guard selected(name) else { return }
        var values: [Double] = []
        for _ in 0..<runs { values.append(try await measure()) }
        let value = values.sorted()[values.count / 2]
        print("\(name) \(String(format: value < 10 ? "%.2f" : "%.0f", value)) \(unit)")
    }

    /// Whether `name` starts with the optional filter given after the suite name.
    static func selected(_ name: String) -> Bool {
        CommandLine.arguments.dropFirst(2).first.map(name.hasPrefix) ?? true
    }

    // MARK: - Memory

    /// The argument that makes this executable a memory probe (see ``linearPeakMemoryMegabytes()``).
    static let memoryProbe = "linear-memory-probe"

    /// Peak resident memory of a fresh process that builds and runs a linear flow of 100,000
    /// tasks once: this executable, started again as a probe. A separate process, so memory the
    /// allocator kept from earlier cases does not count.
    static func linearPeakMemoryMegabytes() throws -> Double {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        probe.arguments = ["runtime", memoryProbe]
        let output = Pipe()
        probe.standardOutput = output
        try probe.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0,
              let text = String(data: data, encoding: .utf8),
              let megabytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw ProbeFailed() }
        return megabytes
    }

    struct ProbeFailed: Error {}

    /// In the probe process: builds and runs the flow, then prints the peak RSS in megabytes.
    static func probeLinearMemory(_ count: Int) async throws {
        _ = try await linearNanosecondsPerTask(count)
        print(peakMemoryMegabytes())
    }

    /// Peak resident memory of this process, from `/proc/self/status`; 0 where unavailable.
    static func peakMemoryMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}
