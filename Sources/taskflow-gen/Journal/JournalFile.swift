import TaskFlowJournalFormat

/// Reads what `runs` lists from the bytes of one run file of a TaskFlow `FileJournal`.
///
/// The records are framed and checksummed as the runtime frames them (`JournalFraming`, shared
/// with it); each payload's first byte is its kind (TaskFlow's `JournalRecord+Binary.swift`).
/// This reader decodes only the two kinds a listing shows: the header (kind 1: run id, start
/// time, flow name) and flow states (kind 2).
///
/// It decodes them itself rather than through TaskFlow so that `taskflow-gen`, which every
/// consumer of the build plugin compiles before its own code, does not compile the runtime a
/// second time for the host. It never writes: a torn last record is skipped, not truncated.
struct JournalFile {
    /// TaskFlow's `FlowState` cases in declaration order: a flow record stores the state's
    /// position in `FlowState.allCases`.
    static let flowStates = ["pending", "running", "success", "failure", "reverting", "reverted", "suspended", "resuming"]

    /// The run's header, if the file starts with one.
    private(set) var header: (runID: String, flow: String, started: Double)?
    /// The last flow state recorded, or `pending`.
    private(set) var state = "pending"

    /// Reads the records of `bytes`, the contents of `path`, up to the first torn one.
    ///
    /// A record is torn when it is the last one and incomplete, fails its checksum or cannot be
    /// read, or when only zeros follow it (a crash in the middle of a write leaves that); the
    /// records before it count. A failing record anywhere else is corruption.
    /// - Throws: ``JournalReadError/corrupted(file:offset:)`` at the offset of a damaged record
    ///   that is not the last.
    init(_ bytes: [UInt8], path: String) throws(JournalReadError) {
        var isFirst = true
        do {
            _ = try JournalFraming.records(in: bytes) { payload in
                guard read(payload, isFirst: isFirst) else { return false }
                isFirst = false
                return true
            }
        } catch {
            throw .corrupted(file: path, offset: error.offset)
        }
    }

    /// Applies one record's payload.
    /// - Returns: `false` when the payload is not a record of a known kind, or a header or flow
    ///   record that cannot be read.
    private mutating func read(_ payload: UnsafeRawBufferPointer, isFirst: Bool) -> Bool {
        guard let kind = payload.first else { return false }
        let body = UnsafeRawBufferPointer(rebasing: payload.dropFirst())
        switch kind {
        case 1:
            guard let header = Self.header(body) else { return false }
            if isFirst { self.header = header }
            return true
        case 2:
            guard body.count == 1, Int(body[0]) < Self.flowStates.count else { return false }
            state = Self.flowStates[Int(body[0])]
            return true
        case 3, 4:
            // A task's state or a snapshot of the flow's state: not part of the listing.
            return true
        default:
            return false
        }
    }

    /// The listed fields of a header payload (after its kind byte): the run id (16 bytes), the
    /// start (`Float64` seconds since 1970, as two little-endian `UInt32` halves of its bits)
    /// and the flow name (a `UInt32` length, then UTF-8). The task list and initial state that
    /// follow are not read.
    private static func header(_ body: UnsafeRawBufferPointer) -> (runID: String, flow: String, started: Double)? {
        guard body.count >= 28 else { return nil }
        let bits = UInt64(body.littleEndianUInt32(at: 16)) | UInt64(body.littleEndianUInt32(at: 20)) << 32
        let nameLength = Int(body.littleEndianUInt32(at: 24))
        guard body.count - 28 >= nameLength else { return nil }
        let flow = String(decoding: body[28..<(28 + nameLength)], as: UTF8.self)
        return (uuidString(body[0..<16]), flow, Double(bitPattern: bits))
    }

    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in lowercase, as TaskFlow's `RunID` prints itself.
    static func uuidString(_ bytes: Slice<UnsafeRawBufferPointer>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
