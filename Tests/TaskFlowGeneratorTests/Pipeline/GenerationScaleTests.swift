import Foundation
import Testing
import TaskFlowGenerator
#if canImport(Glibc)
import Glibc
#endif

/// Generates a module of 5,000 tasks (40 flows of 100, and one flow of 1,000 tasks and over
/// 1,000 symbols) and compiles the generated file with its sources in a debug build.
///
/// Takes minutes, so it runs only with `TASKFLOW_SCALE=1` (`Scripts/scale-test.sh`); it prints
/// the compile time and the compiler's peak memory.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TASKFLOW_SCALE"] == "1"))
struct GenerationScaleTests {
    @Test func fiveThousandTasksGenerateAndCompileWithoutWarnings() throws {
        let sources = SyntheticModule.sources(flows: 40, tasksPerFlow: 100, bigFlowTasks: 1_000)
        let clock = ContinuousClock()
        var generated: GenerationResult?
        let generation = clock.measure { generated = generateSwift(moduleName: "Scale", sources: sources) }
        let result = try #require(generated)
        #expect(result.diagnostics.filter { $0.severity != .note }.map(\.description) == [])
        let file = try #require(result.file)
        #expect(file.contains("var part2 = Part2()"))
        print("scale.tasks 5000 tasks")
        print("scale.generate_debug_build.s \(seconds(generation)) s")
        print("scale.generated_lines \(file.split(separator: "\n").count) lines")

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taskflow-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for source in sources {
            let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
            try Data(source.bytes).write(to: directory.appendingPathComponent(name))
            paths.append(name)
        }
        try Data(file.utf8).write(to: directory.appendingPathComponent("Scale.taskflow.swift"))
        paths.append("Scale.taskflow.swift")

        let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("Modules")
        #expect(FileManager.default.fileExists(atPath: modules.appendingPathComponent("TaskFlow.swiftmodule").path))
        let compile = Process()
        compile.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compile.arguments = [
            "swiftc", "-c", "-Onone", "-g", "-swift-version", "6", "-parse-as-library", "-module-name", "Scale",
            "-I", modules.path, "-j", "2",
        ] + paths
        compile.currentDirectoryURL = directory
        let output = Pipe()
        compile.standardOutput = output
        compile.standardError = output
        let started = clock.now
        try compile.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        compile.waitUntilExit()
        let elapsed = clock.now - started
        print("scale.debug_compile.s \(seconds(elapsed)) s")
        print("scale.compiler_peak_rss_mb \(peakChildMemoryKilobytes() / 1024) MB")
        #expect(compile.terminationStatus == 0, "\(log.prefix(4_000))")
        #expect(!log.contains("warning:"), "\(log.prefix(4_000))")
    }

    /// The largest resident set of any finished child process (the compiler's frontends).
    private func peakChildMemoryKilobytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return Int(usage.ru_maxrss)
    }

    private func seconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
