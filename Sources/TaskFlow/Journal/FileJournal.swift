#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TaskFlowJournalFormat

/// A journal in a directory: one append-only file per run, every record checksummed, synced to
/// disk as its ``JournalSyncPolicy`` says. Embedded: no server, no dependency.
///
/// A file is a sequence of records, each `length` (`UInt32`, little-endian), `crc32` of the
/// payload (`UInt32`), then the payload (`JournalFraming` in `TaskFlowJournalFormat`, shared with
/// `taskflow-gen runs`; payloads in `JournalRecord+Binary.swift`). Opening a run's file
/// checks every record: a torn *last* record — what a crash in the middle of a write leaves —
/// is dropped and the file truncated to the records before it; a damaged record anywhere else
/// is refused with ``JournalError/corrupted(file:offset:)``, naming the file and the offset.
///
/// Appends write and sync on the calling thread. The engine calls them outside its locks, one
/// write of a run at a time, and groups the completions made during a sync into the next write,
/// so a wide flow pays a handful of syncs, not one per task.
///
/// ```swift
/// let journal = try FileJournal(directory: URL(filePath: "/var/lib/volumes/runs"))
/// let engine = Engine(options: .init(journal: journal))
/// ```
public final class FileJournal: FlowJournal {
    /// The directory holding one `<run id>.journal` file per run.
    public let directory: URL
    /// When appends are synced to disk.
    public let syncPolicy: JournalSyncPolicy

    /// The extension of run files.
    static let fileExtension = "journal"

    /// Open files of runs being appended to, by run.
    private let open = LockedValue<[RunID: Int32]>([:])
    /// Runs whose file this journal has read (and repaired) already: reopening one to append
    /// need not read it again.
    private let checked = LockedValue<Set<RunID>>([])

    /// Opens (creating it when needed) a journal directory.
    /// - Parameters:
    ///   - directory: Where the run files are.
    ///   - syncPolicy: When appends are synced; ``JournalSyncPolicy/everyCompletion`` by default.
    /// - Throws: ``JournalError/io(file:operation:errno:)`` when the directory cannot be created.
    public init(directory: URL, syncPolicy: JournalSyncPolicy = .everyCompletion) throws {
        self.directory = directory
        self.syncPolicy = syncPolicy
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw JournalError.io(file: directory.path, operation: "mkdir", errno: EIO)
        }
    }

    deinit {
        for descriptor in open.withLock({ Array($0.values) }) { _ = Glibc_close(descriptor) }
    }

    /// The file of a run.
    /// - Parameter runID: The run.
    /// - Returns: `<directory>/<run id>.journal`.
    public func file(of runID: RunID) -> URL {
        directory.appendingPathComponent("\(runID).\(Self.fileExtension)")
    }

    // MARK: - Appending

    /// Appends records to a run's file, creating the file for a header.
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - runID: The run.
    ///   - sync: Whether to `fsync` the file before returning.
    /// - Throws: ``JournalError`` when the file cannot be opened, repaired or written.
    public nonisolated(nonsending) func append(_ records: [JournalRecord], to runID: RunID, sync: Bool) async throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * records.count)
        for record in records {
            JournalFraming.append(to: &bytes) { record.encode(into: &$0) }
        }
        let creating = if case .started? = records.first { true } else { false }
        let descriptor = try descriptor(of: runID, creating: creating)
        let path = file(of: runID).path
        try bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw JournalError.io(file: path, operation: "write", errno: errno)
                }
                written += result
            }
        }
        if sync, fsync(descriptor) != 0 {
            throw JournalError.io(file: path, operation: "fsync", errno: errno)
        }
    }

    /// The open file of a run: created (and the directory synced) for a new run, repaired and
    /// positioned at its end for a resumed one.
    private func descriptor(of runID: RunID, creating: Bool) throws -> Int32 {
        try open.withLock { open throws(JournalError) -> Int32 in
            if let descriptor = open[runID] {
                // A header for a run whose file is open is a second header.
                guard !creating else { throw JournalError.runExists(runID) }
                return descriptor
            }
            let path = file(of: runID).path
            let descriptor: Int32
            if creating {
                descriptor = Glibc_open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o644)
                if descriptor < 0, errno == EEXIST {
                    // A file without a single whole record is a start that never completed:
                    // start again in it. Anything more is a run that exists.
                    guard try recordsIfStarted(of: runID) == nil else { throw JournalError.runExists(runID) }
                    open[runID] = try reopenEmpty(path)
                    return open[runID]!
                }
                guard descriptor >= 0 else { throw JournalError.io(file: path, operation: "open", errno: errno) }
                try syncDirectory()
            } else {
                // Reading repairs a torn tail, so appending continues after the last good record.
                if !checked.withLock({ $0.contains(runID) }) { _ = try readRecords(of: runID) }
                descriptor = Glibc_open(path, O_WRONLY | O_APPEND, 0)
                guard descriptor >= 0 else { throw JournalError.io(file: path, operation: "open", errno: errno) }
            }
            open[runID] = descriptor
            return descriptor
        }
    }

    /// Opens for appending a run file that a crash left without records, emptied.
    private func reopenEmpty(_ path: String) throws(JournalError) -> Int32 {
        let descriptor = Glibc_open(path, O_WRONLY | O_TRUNC | O_APPEND, 0)
        guard descriptor >= 0 else { throw JournalError.io(file: path, operation: "open", errno: errno) }
        return descriptor
    }

    private func syncDirectory() throws(JournalError) {
        let descriptor = Glibc_open(directory.path, O_RDONLY, 0)
        guard descriptor >= 0 else { throw JournalError.io(file: directory.path, operation: "open", errno: errno) }
        defer { _ = Glibc_close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw JournalError.io(file: directory.path, operation: "fsync", errno: errno)
        }
    }

    /// Closes the run's file; appending reopens it.
    /// - Parameter runID: The run.
    public func close(_ runID: RunID) async {
        closeFile(of: runID)
    }

    private func closeFile(of runID: RunID) {
        if let descriptor = open.withLock({ $0.removeValue(forKey: runID) }) { _ = Glibc_close(descriptor) }
    }

    // MARK: - Removing

    /// Deletes the run's file, and syncs the directory so that the deletion survives a crash.
    /// - Parameter runID: The run.
    /// - Throws: ``JournalError/unknownRun(_:)`` when there is no file,
    ///   ``JournalError/io(file:operation:errno:)`` when it cannot be deleted.
    public func remove(_ runID: RunID) async throws {
        try removeFile(of: runID)
    }

    private func removeFile(of runID: RunID) throws(JournalError) {
        closeFile(of: runID)
        checked.withLock { _ = $0.remove(runID) }
        let path = file(of: runID).path
        guard unlink(path) == 0 else {
            if errno == ENOENT { throw JournalError.unknownRun(runID) }
            throw JournalError.io(file: path, operation: "unlink", errno: errno)
        }
        try syncDirectory()
    }

    // MARK: - Reading

    /// Every record of a run, after dropping a torn last record.
    /// - Parameter runID: The run.
    /// - Returns: The records, in order.
    /// - Throws: ``JournalError/unknownRun(_:)`` when there is no file or not one whole record
    ///   in it (the run's start was interrupted), ``JournalError/corrupted(file:offset:)`` when a
    ///   record before the last is damaged.
    public func records(of runID: RunID) async throws -> [JournalRecord] {
        try readRecords(of: runID)
    }

    private func readRecords(of runID: RunID) throws(JournalError) -> [JournalRecord] {
        let path = file(of: runID).path
        let descriptor = Glibc_open(path, O_RDWR, 0)
        if descriptor < 0, errno == ENOENT { throw JournalError.unknownRun(runID) }
        guard descriptor >= 0 else { throw JournalError.io(file: path, operation: "open", errno: errno) }
        defer { _ = Glibc_close(descriptor) }
        let bytes = try readAll(descriptor, path: path)
        let scan = try JournalScan(bytes, file: path)
        if scan.validLength < bytes.count {
            guard ftruncate(descriptor, off_t(scan.validLength)) == 0, fsync(descriptor) == 0 else {
                throw JournalError.io(file: path, operation: "truncate", errno: errno)
            }
        }
        // Killed between creating the file and writing the header: the run never started.
        guard !scan.records.isEmpty else { throw JournalError.unknownRun(runID) }
        checked.withLock { _ = $0.insert(runID) }
        return scan.records
    }

    /// The run's records, or `nil` when it has no file or not one whole record.
    private func recordsIfStarted(of runID: RunID) throws(JournalError) -> [JournalRecord]? {
        do {
            return try readRecords(of: runID)
        } catch {
            if case .unknownRun = error { return nil }
            throw error
        }
    }

    private func readAll(_ descriptor: Int32, path: String) throws(JournalError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw JournalError.io(file: path, operation: "read", errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    // MARK: - Listing

    /// Every run in the directory, oldest first; `updated` is the file's modification time.
    /// - Returns: One summary per run file.
    /// - Throws: ``JournalError`` when a run file is damaged or unreadable.
    public func runs() async throws -> [RunSummary] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var summaries: [RunSummary] = []
        for name in names where name.hasSuffix(".\(Self.fileExtension)") {
            guard let uuid = UUID(uuidString: String(name.dropLast(Self.fileExtension.count + 1))) else { continue }
            let runID = RunID(uuid: uuid)
            // Skips a start that never completed.
            guard let records = try recordsIfStarted(of: runID) else { continue }
            let attributes = try? FileManager.default.attributesOfItem(atPath: file(of: runID).path)
            let updated = attributes?[.modificationDate] as? Date ?? Date()
            if let summary = RunSummary.of(records, updated: updated) { summaries.append(summary) }
        }
        return summaries.sorted { ($0.started, $0.runID.description) < ($1.started, $1.runID.description) }
    }
}

// `open` and `close` are also names of this class's members; these reach the C functions.
private func Glibc_open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

private func Glibc_close(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
