import Foundation
import TaskFlow

// taskflow-crash-probe: a durable flow for crash tests. Its tasks append their effects to a
// file, so a test can kill it (SIGKILL) at any moment, resume it, and check what happened.
//
//   taskflow-crash-probe run DIR RUN-ID      start the run; print the final state
//   taskflow-crash-probe resume DIR RUN-ID   resume it; print the final state
//   taskflow-crash-probe continue DIR RUN-ID resume it, or start it when it never got recorded
//   taskflow-crash-probe expected            print the state of an uninterrupted run
//   taskflow-crash-probe verify DIR RUN-ID KILLS
//                                            check the journal and the effects; print `ok`
//
// With `--fail`, step5 throws and the run reverts step5 … step0: kills land in reverts too.
// With `--wide`, the flow is 24 unlinked tasks run 8 at a time, so that kills land while many
// tasks run and their completions share journal writes.
//
// DIR holds `journal/` (a FileJournal) and `effects` (one line per task execution).

/// The state: each task's value, by task name.
struct ProbeState: Codable, Sendable, Equatable {
    var values: [String: Int] = [:]
}

/// Whether the probe runs the wide flow (`--wide`).
let wide = CommandLine.arguments.contains("--wide")

let taskNames = wide ? (0..<24).map { "wide\($0)" } : (0..<8).map { "step\($0)" }

/// The most tasks of the wide flow running at once.
let wideConcurrency = 8

/// The task that throws in `--fail` runs, so that the run reverts `step0` to `step5`.
let failingTask = "step5"

/// What a task throws in `--fail` runs.
struct PlannedFailure: Error, CustomStringConvertible {
    var description: String { "planned failure" }
}

/// `step0 → … → step7`; each adds its number to its predecessor's value, sleeping a few
/// milliseconds first so that kills land inside tasks as often as between them. With
/// `failing`, `step5` throws and the run reverts; each revert sleeps too, then appends its effect.
func makeFlow(effects: URL, failing: Bool = false) throws -> Flow<ProbeState, Void> {
    let nodes: [FlowNode<ProbeState, Void>] = taskNames.enumerated().map { index, name in
        let previous = index == 0 ? nil : taskNames[index - 1]
        return .task(FlowTask(
            TaskMetadata(name: name, requires: previous.map { [$0] } ?? [], provides: [name]),
            execute: { store, _ in
                let input = previous.map { previous in store.read { $0.values[previous] ?? -1_000 } } ?? 0
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...6)))
                try appendEffect("\(name) \(FlowExecution.current?.idempotencyKey ?? "-")\n", to: effects)
                if failing, name == failingTask { throw PlannedFailure() }
                store.write { $0.values[name] = input * 2 + index }
            },
            revert: { _, _, _ in
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...6)))
                try appendEffect("revert:\(name) \(FlowExecution.current?.idempotencyKey ?? "-")\n", to: effects)
            }
        ))
    }
    return try Flow(inputs: [], root: .linear("crash_probe", nodes))
}

/// `wide0` … `wide23`, unlinked; each sleeps a few milliseconds, appends its effect and stores
/// its number times three.
func makeWideFlow(effects: URL) throws -> Flow<ProbeState, Void> {
    try Flow(inputs: [], root: .unordered("crash_probe_wide", taskNames.enumerated().map { index, name in
        .task(FlowTask(TaskMetadata(name: name, provides: [name]), execute: { store, _ in
            try await Task.sleep(for: .milliseconds(Int.random(in: 1...6)))
            try appendEffect("\(name) \(FlowExecution.current?.idempotencyKey ?? "-")\n", to: effects)
            store.write { $0.values[name] = index * 3 }
        }))
    }))
}

/// The probe's flow, as its options choose.
func probeFlow(effects: URL) throws -> Flow<ProbeState, Void> {
    wide ? try makeWideFlow(effects: effects) : try makeFlow(effects: effects, failing: failing)
}

/// Appends one line with a single `write` on an `O_APPEND` descriptor: a kill cannot split it.
func appendEffect(_ line: String, to file: URL) throws {
    let descriptor = open(file.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(descriptor) }
    let bytes = Array(line.utf8)
    guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
}

/// The outcome of a `--fail` run: the failed task and the reverts, in order.
func describe(_ failure: FlowFailure) -> String {
    "failed at \(failure.failedTask ?? "-"); reverted \(failure.reverted.joined(separator: ","))"
}

func printState(_ state: ProbeState) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    print(String(decoding: try encoder.encode(state), as: UTF8.self))
}

/// Problems with a trial's journal and effects; empty when all is well.
func verify(directory: URL, runID: RunID, kills: Int, failing: Bool) async throws -> [String] {
    var problems: [String] = []
    let records = try await FileJournal(directory: directory.appendingPathComponent("journal")).records(of: runID)
    var successes: [Int: Int] = [:]
    for case .task(let task, .success, _) in records { successes[task, default: 0] += 1 }
    for (task, count) in successes where count > 1 {
        problems.append("task \(taskNames[task]) recorded as succeeded \(count) times")
    }
    let effects = (try? String(contentsOf: directory.appendingPathComponent("effects"), encoding: .utf8)) ?? ""
    var executions: [String: Int] = [:]
    var reverts: [String: Int] = [:]
    for line in effects.split(separator: "\n") {
        let parts = line.split(separator: " ")
        let isRevert = parts[0].hasPrefix("revert:")
        let task = isRevert ? String(parts[0].dropFirst("revert:".count)) : String(parts[0])
        if isRevert { reverts[task, default: 0] += 1 } else { executions[task, default: 0] += 1 }
        if parts.count != 2 || parts[1] != "\(runID)/\(task)" { problems.append("bad idempotency key: \(line)") }
    }
    let ran = failing ? Array(taskNames.prefix(through: taskNames.firstIndex(of: failingTask)!)) : taskNames
    for name in ran where executions[name, default: 0] == 0 { problems.append("\(name) never ran") }
    for name in taskNames where !ran.contains(name) && executions[name] != nil { problems.append("\(name) ran after the failure") }
    for name in ran where failing && reverts[name, default: 0] == 0 { problems.append("\(name) was never reverted") }
    if !failing, !reverts.isEmpty { problems.append("reverts in a run that succeeded: \(reverts)") }
    // Each kill interrupts at most one execution or one revert of the linear flow: only that
    // one may repeat. (The crash tests check the wide flow kill by kill.)
    if wide { return problems }
    let repeated = executions.filter { $0.value > 1 }.map { "\($0.key)×\($0.value)" }
        + reverts.filter { $0.value > 1 }.map { "revert:\($0.key)×\($0.value)" }
    let extra = executions.values.reduce(0) { $0 + max(0, $1 - 1) } + reverts.values.reduce(0) { $0 + max(0, $1 - 1) }
    if extra > kills { problems.append("effects repeated beyond the interrupted ones: \(repeated.sorted())") }
    return problems
}

let failing = CommandLine.arguments.contains("--fail")
let arguments = Array(CommandLine.arguments.dropFirst()).filter { $0 != "--fail" && $0 != "--wide" }
let usage = "usage: taskflow-crash-probe run|resume|continue|verify DIR RUN-ID [KILLS] [--fail|--wide] | expected [--fail|--wide]"
do {
    switch arguments.first {
    case "expected":
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crash-probe-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let final = try await Engine(maxConcurrency: wideConcurrency).run(
                probeFlow(effects: directory.appendingPathComponent("effects")), state: ProbeState())
            try printState(final)
        } catch let failure as FlowFailure {
            print(describe(failure))
        }
    case "run", "resume", "continue", "verify":
        guard arguments.count >= 3, let uuid = UUID(uuidString: arguments[2]) else {
            print(usage)
            exit(2)
        }
        let directory = URL(fileURLWithPath: arguments[1])
        let runID = RunID(uuid: uuid)
        if arguments[0] == "verify" {
            let kills = Int(arguments.dropFirst(3).first ?? "1") ?? 1
            let problems = try await verify(directory: directory, runID: runID, kills: kills, failing: failing)
            print(problems.isEmpty ? "ok" : problems.joined(separator: "\n"))
            exit(problems.isEmpty ? 0 : 1)
        }
        let journal = try FileJournal(directory: directory.appendingPathComponent("journal"))
        let engine = Engine(options: .init(maxConcurrency: wideConcurrency, journal: journal))
        let flow = try probeFlow(effects: directory.appendingPathComponent("effects"))
        do {
            let final: ProbeState
            switch arguments[0] {
            case "run":
                final = try await engine.run(flow, state: ProbeState(), runID: runID)
            case "resume":
                final = try await engine.resume(flow, runID: runID)
            default:
                do {
                    final = try await engine.resume(flow, runID: runID)
                } catch {
                    // Never recorded (killed before its header was written): start it.
                    guard error.journalError == .unknownRun(runID) else { throw error }
                    final = try await engine.run(flow, state: ProbeState(), runID: runID)
                }
            }
            try printState(final)
        } catch let failure as FlowFailure where failing && failure.reason.isFailed {
            print(describe(failure))
        }
    default:
        print(usage)
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("taskflow-crash-probe: \(error)\n".utf8))
    exit(1)
}
