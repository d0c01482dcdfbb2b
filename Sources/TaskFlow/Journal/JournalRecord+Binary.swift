#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TaskFlowJournalFormat

/// The payload of a record on disk: a kind byte, then the kind's fields, little-endian.
///
/// | Kind | Fields |
/// | --- | --- |
/// | 1 `started` | run id (16 bytes), start (`Float64` seconds since 1970, as `UInt64` bits), flow name, task count (`UInt32`), each task's name, major and minor (`UInt32`), the initial state, the flow's major and minor (`UInt32`; absent in older files: `1.0`), the link count (`UInt32`) and each link's two task indices (`UInt32`; absent in older files), the annotation count (`UInt32`) and each annotation's key and value (absent when there are none) |
/// | 2 `flow` | one byte: the state's position in `FlowState.allCases` |
/// | 3 `task` | task index (`UInt32`), state position (`UInt8`), message length (`UInt32`), message (UTF-8) |
/// | 4 `state` | the encoded state |
///
/// Strings and the initial state are a `UInt32` length then their bytes. Hand-rolled rather than
/// `Codable`: encoding a task record costs a few stores, which keeps a batched journal within a
/// few microseconds per task, and the header of a 10,000-task run reads back in a millisecond.
extension JournalRecord {
    /// Appends the record's payload to `bytes`.
    func encode(into bytes: inout [UInt8]) {
        switch self {
        case .started(let header):
            bytes.append(1)
            withUnsafeBytes(of: header.runID.uuid.uuid) { bytes.append(contentsOf: $0) }
            let seconds = header.started.timeIntervalSince1970.bitPattern
            bytes.appendLittleEndian(UInt32(truncatingIfNeeded: seconds))
            bytes.appendLittleEndian(UInt32(truncatingIfNeeded: seconds >> 32))
            bytes.appendString(header.flow)
            bytes.appendLittleEndian(UInt32(header.tasks.count))
            for task in header.tasks {
                bytes.appendString(task.name)
                bytes.appendLittleEndian(UInt32(task.version.major))
                bytes.appendLittleEndian(UInt32(task.version.minor))
            }
            bytes.appendLittleEndian(UInt32(header.initialState.count))
            bytes.append(contentsOf: header.initialState)
            bytes.appendLittleEndian(UInt32(header.flowVersion.major))
            bytes.appendLittleEndian(UInt32(header.flowVersion.minor))
            if header.links != nil || !header.annotations.isEmpty {
                let links = header.links ?? []
                bytes.appendLittleEndian(UInt32(links.count))
                for link in links {
                    bytes.appendLittleEndian(UInt32(link.from))
                    bytes.appendLittleEndian(UInt32(link.to))
                }
            }
            if !header.annotations.isEmpty {
                bytes.appendLittleEndian(UInt32(header.annotations.count))
                for (key, value) in header.annotations.sorted(by: { $0.key < $1.key }) {
                    bytes.appendString(key)
                    bytes.appendString(value)
                }
            }
        case .flow(let state):
            bytes.append(2)
            bytes.append(Self.flowStates[state]!)
        case .task(let task, let state, let message):
            bytes.append(3)
            bytes.appendLittleEndian(UInt32(task))
            bytes.append(Self.taskStates[state]!)
            if let message {
                bytes.appendString(message)
            } else {
                bytes.appendLittleEndian(0)
            }
        case .state(let data):
            bytes.append(4)
            bytes.append(contentsOf: data)
        }
    }

    /// Reads a record from its payload.
    /// - Returns: The record, or `nil` when the payload is not a record this version knows.
    static func decode(_ payload: UnsafeRawBufferPointer) -> JournalRecord? {
        guard let kind = payload.first else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: payload[1...])
        switch kind {
        case 1:
            var reader = ByteReader(body)
            return reader.header().map(JournalRecord.started)
        case 2:
            guard body.count == 1, Int(body[0]) < FlowState.allCases.count else { return nil }
            return .flow(FlowState.allCases[Int(body[0])])
        case 3:
            guard body.count >= 9, Int(body[4]) < TaskState.allCases.count else { return nil }
            let task = Int(body.littleEndianUInt32(at: 0))
            let length = Int(body.littleEndianUInt32(at: 5))
            guard body.count == 9 + length else { return nil }
            let message = length == 0 ? nil : String(decoding: body[9...], as: UTF8.self)
            return .task(task, TaskState.allCases[Int(body[4])], message: message)
        case 4:
            return .state(Data(body))
        default:
            return nil
        }
    }
}

extension JournalRecord {
    /// Each state's code on disk: its position in `allCases`, looked up without building the array.
    static let flowStates = Dictionary(uniqueKeysWithValues: FlowState.allCases.enumerated().map { ($1, UInt8($0)) })
    static let taskStates = Dictionary(uniqueKeysWithValues: TaskState.allCases.enumerated().map { ($1, UInt8($0)) })
}

/// Reads the fields of a header payload in order; every read is bounds-checked.
private struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func uint32() -> UInt32? {
        guard bytes.count - offset >= 4 else { return nil }
        defer { offset += 4 }
        return bytes.littleEndianUInt32(at: offset)
    }

    mutating func data() -> Data? {
        guard let count = uint32().map(Int.init), bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return Data(bytes[offset..<(offset + count)])
    }

    mutating func string() -> String? {
        guard let count = uint32().map(Int.init), bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func header() -> RunHeader? {
        guard bytes.count >= 16 else { return nil }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &uuid) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<16])) }
        offset = 16
        guard let low = uint32(), let high = uint32(), let flow = string(), let count = uint32() else { return nil }
        var tasks: [JournaledTask] = []
        tasks.reserveCapacity(Int(min(count, 1 << 20)))
        for _ in 0..<count {
            guard let name = string(), let major = uint32(), let minor = uint32() else { return nil }
            tasks.append(JournaledTask(name: name, version: TaskVersion(major: Int(major), minor: Int(minor))))
        }
        guard let state = data() else { return nil }
        var flowVersion = TaskVersion.initial
        if offset != bytes.count {
            guard let major = uint32(), let minor = uint32() else { return nil }
            flowVersion = TaskVersion(major: Int(major), minor: Int(minor))
        }
        var links: [JournaledLink]?
        if offset != bytes.count {
            guard let linkCount = uint32(), (bytes.count - offset) / 8 >= Int(linkCount) else { return nil }
            var read: [JournaledLink] = []
            read.reserveCapacity(Int(linkCount))
            for _ in 0..<linkCount {
                guard let from = uint32(), let to = uint32(), Int(from) < tasks.count, Int(to) < tasks.count else { return nil }
                read.append(JournaledLink(from: Int(from), to: Int(to)))
            }
            links = read
        }
        var annotations: [String: String] = [:]
        if offset != bytes.count {
            guard let count = uint32(), (bytes.count - offset) / 8 >= Int(count) else { return nil }
            for _ in 0..<count {
                guard let key = string(), let value = string() else { return nil }
                annotations[key] = value
            }
        }
        guard offset == bytes.count else { return nil }
        let started = Date(timeIntervalSince1970: Double(bitPattern: UInt64(low) | UInt64(high) << 32))
        return RunHeader(
            runID: RunID(uuid: UUID(uuid: uuid)), flow: flow, tasks: tasks, started: started, initialState: state,
            flowVersion: flowVersion, links: links, annotations: annotations)
    }
}

extension [UInt8] {
    /// Appends `string` as its UTF-8 length then its bytes.
    mutating func appendString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            appendLittleEndian(UInt32(utf8.count))
            append(contentsOf: utf8)
        }
    }

    /// Appends `value` as four little-endian bytes.
    mutating func appendLittleEndian(_ value: UInt32) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
        append(UInt8(truncatingIfNeeded: value >> 16))
        append(UInt8(truncatingIfNeeded: value >> 24))
    }
}
