#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The payload of a record on disk: a kind byte, then the kind's fields, little-endian.
///
/// | Kind | Fields |
/// | --- | --- |
/// | 1 `started` | the ``RunHeader`` as JSON |
/// | 2 `flow` | one byte: the state's position in `FlowState.allCases` |
/// | 3 `task` | task index (`UInt32`), state position (`UInt8`), message length (`UInt32`), message (UTF-8) |
/// | 4 `state` | the encoded state |
///
/// Hand-rolled rather than `Codable` for the per-task records: encoding one costs a few stores,
/// which keeps a batched journal within a few microseconds per task.
extension JournalRecord {
    /// Appends the record's payload to `bytes`.
    func encode(into bytes: inout [UInt8]) throws {
        switch self {
        case .started(let header):
            bytes.append(1)
            bytes.append(contentsOf: try JSONEncoder().encode(header))
        case .flow(let state):
            bytes.append(2)
            bytes.append(UInt8(FlowState.allCases.firstIndex(of: state)!))
        case .task(let task, let state, let message):
            bytes.append(3)
            bytes.appendLittleEndian(UInt32(task))
            bytes.append(UInt8(TaskState.allCases.firstIndex(of: state)!))
            let utf8 = Array((message ?? "").utf8)
            bytes.appendLittleEndian(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
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
            guard let header = try? JSONDecoder().decode(RunHeader.self, from: Data(body)) else { return nil }
            return .started(header)
        case 2:
            guard body.count == 1, Int(body[0]) < FlowState.allCases.count else { return nil }
            return .flow(FlowState.allCases[Int(body[0])])
        case 3:
            guard body.count >= 9, Int(body[4]) < TaskState.allCases.count else { return nil }
            let task = Int(body.loadLittleEndianUInt32(at: 0))
            let length = Int(body.loadLittleEndianUInt32(at: 5))
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

extension [UInt8] {
    /// Appends `value` as four little-endian bytes.
    mutating func appendLittleEndian(_ value: UInt32) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
        append(UInt8(truncatingIfNeeded: value >> 16))
        append(UInt8(truncatingIfNeeded: value >> 24))
    }
}

extension UnsafeRawBufferPointer {
    /// The four little-endian bytes at `offset` as an integer.
    func loadLittleEndianUInt32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
