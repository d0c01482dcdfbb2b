import Foundation
import Synchronization
import TaskFlow

/// Benchmarks of durable runs: `swift run -c release taskflow-bench journal`.
///
/// Each line is `NAME VALUE UNIT`, the median of ``runs`` measurements, in a journal directory
/// under the system's temporary directory (set `TMPDIR` to measure another disk):
///
/// - `journal.fsync.us`: one 64-byte `write` and `fsync` of a file — the reference.
/// - `journal.file.fsync.us_per_task`: a durable linear flow with the default policy (one
///   synced write per finished task). Goal: at most 1.2 × `journal.fsync.us`.
/// - `journal.memory.us_per_task`: the same flow of 1,000 tasks into an `InMemoryJournal`: the
///   journal's cost besides the disk.
/// - `journal.file.unordered.1000.syncs`: the synced writes of a durable unordered flow of
///   1,000 tasks — completions made while a write is in flight share the next one. Goal: ≤ 100.
/// - `journal.file.batched.us_per_task`: the same flow, 10,000 tasks, batched every 4,096
///   records. Goal: at most 5 µs.
/// - `journal.resume.10000.ms`: resuming a run of 10,000 tasks, all recorded as finished but
///   the run not: reading, checking and replaying the journal, and finishing. Goal: ≤ 50 ms.
enum JournalBenchmarks {
    static let runs = 5

    /// The state of the benchmark flows: small, as most flows' are.
    struct Counter: Codable, Sendable {
        var count = 0
    }

    static func run() async throws {
        try await RuntimeBenchmarks.report("journal.fsync.us", unit: "us") { try fsyncMicroseconds() }
        try await RuntimeBenchmarks.report("journal.file.fsync.us_per_task", unit: "us") {
            try await microsecondsPerTask(200, policy: .everyCompletion)
        }
        try await RuntimeBenchmarks.report("journal.memory.us_per_task", unit: "us") {
            try await memoryMicrosecondsPerTask(1_000)
        }
        try await RuntimeBenchmarks.report("journal.file.unordered.1000.syncs", unit: "syncs") {
            try await unorderedSyncs(1_000)
        }
        try await RuntimeBenchmarks.report("journal.file.batched.us_per_task", unit: "us") {
            try await microsecondsPerTask(10_000, policy: .batched(count: 4_096))
        }
        let recorded = try await recordedRun(10_000)
        try await RuntimeBenchmarks.report("journal.resume.10000.ms", unit: "ms") {
            try await resumeMilliseconds(recorded)
        }
    }

    /// `count` tasks in a line, each adding one to the counter.
    static func flow(_ count: Int) throws -> Flow<Counter, Void> {
        try Flow(inputs: [], root: .linear("counting", (0..<count).map { index in
            .task(FlowTask(TaskMetadata(name: "t\(index)"), execute: { store, _ in store.write { $0.count += 1 } }))
        }))
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("taskflow-bench-journal-\(UUID().uuidString)")
    }

    /// One `write` of 64 bytes and one `fsync`, median of 50, in microseconds.
    static func fsyncMicroseconds() throws -> Double {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let descriptor = open(directory.appendingPathComponent("probe").path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        defer { close(descriptor) }
        let bytes = [UInt8](repeating: 7, count: 64)
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<50 {
            let start = clock.now
            _ = write(descriptor, bytes, bytes.count)
            fsync(descriptor)
            samples.append(Double((clock.now - start).components.attoseconds) / 1e12
                + Double((clock.now - start).components.seconds) * 1e6)
        }
        return samples.sorted()[samples.count / 2]
    }

    /// A durable run of `count` tasks into a fresh file journal, in microseconds per task.
    static func microsecondsPerTask(_ count: Int, policy: JournalSyncPolicy) async throws -> Double {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let engine = Engine(options: .init(journal: try FileJournal(directory: directory, syncPolicy: policy)))
        let flow = try flow(count)
        let elapsed = try await RuntimeBenchmarks.timed {
            _ = try await engine.run(flow, state: Counter(), runID: RunID())
        }
        return elapsed.wall / 1_000 / Double(count)
    }

    /// A durable run of `count` tasks into an `InMemoryJournal`, in microseconds per task: what
    /// journaling costs besides the disk (records, snapshots, writes handed out and taken back).
    static func memoryMicrosecondsPerTask(_ count: Int) async throws -> Double {
        let engine = Engine(options: .init(journal: InMemoryJournal()))
        let flow = try flow(count)
        let elapsed = try await RuntimeBenchmarks.timed {
            _ = try await engine.run(flow, state: Counter(), runID: RunID())
        }
        return elapsed.wall / 1_000 / Double(count)
    }

    /// `count` unlinked tasks, each adding one to the counter.
    static func unorderedFlow(_ count: Int) throws -> Flow<Counter, Void> {
        try Flow(inputs: [], root: .unordered("counting", (0..<count).map { index in
            .task(FlowTask(TaskMetadata(name: "t\(index)"), execute: { store, _ in store.write { $0.count += 1 } }))
        }))
    }

    /// A durable run of `count` unlinked tasks into a fresh file journal: how many synced
    /// writes it made, header and flow transitions included.
    static func unorderedSyncs(_ count: Int) async throws -> Double {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = SyncCountingJournal(try FileJournal(directory: directory))
        let final = try await Engine(options: .init(journal: journal)).run(unorderedFlow(count), state: Counter(), runID: RunID())
        precondition(final.count == count, "the run lost results")
        return Double(journal.syncs)
    }

    /// The records of a run of `count` tasks that finished every task but not the run.
    static func recordedRun(_ count: Int) async throws -> (runID: RunID, records: [JournalRecord]) {
        let journal = InMemoryJournal()
        let runID = RunID()
        _ = try await Engine(options: .init(journal: journal)).run(flow(count), state: Counter(), runID: runID)
        var records = try await journal.records(of: runID)
        records.removeLast()  // .flow(.success)
        return (runID, records)
    }

    /// Writes `recorded` into a fresh file journal, then times resuming it, in milliseconds.
    static func resumeMilliseconds(_ recorded: (runID: RunID, records: [JournalRecord])) async throws -> Double {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try FileJournal(directory: directory)
        try await writer.append(recorded.records, to: recorded.runID, sync: true)
        await writer.close(recorded.runID)
        let flow = try flow(10_000)
        let engine = Engine(options: .init(journal: try FileJournal(directory: directory)))
        var final = Counter()
        let elapsed = try await RuntimeBenchmarks.timed {
            final = try await engine.resume(flow, runID: recorded.runID)
        }
        precondition(final.count == 10_000, "the resumed run lost results")
        return elapsed.wall / 1e6
    }
}

/// A journal that counts the synced appends it passes on.
final class SyncCountingJournal: FlowJournal {
    let inner: any FlowJournal
    private let count = Mutex(0)

    init(_ inner: any FlowJournal) {
        self.inner = inner
    }

    var syncPolicy: JournalSyncPolicy { inner.syncPolicy }
    /// Synced appends so far.
    var syncs: Int { count.withLock { $0 } }

    func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        if sync { count.withLock { $0 += 1 } }
        try await inner.append(records, to: runID, sync: sync)
    }

    func records(of runID: RunID) async throws -> [JournalRecord] { try await inner.records(of: runID) }
    func runs() async throws -> [RunSummary] { try await inner.runs() }
    func remove(_ runID: RunID) async throws { try await inner.remove(runID) }
    func close(_ runID: RunID) async { await inner.close(runID) }
}
