import Foundation
import TaskFlow

/// A UUID derived from a text: the same text always gives the same id.
///
/// The ids of what a task creates (a reservation, a volume's row, the next flow's run) are derived
/// from the run's id or the task's idempotency key, so that a task that runs again — its worker
/// died while it ran — finds what its first attempt created instead of creating it twice.
/// Two 64-bit FNV-1a hashes with different offsets give the 128 bits; the version nibble says 8
/// (custom). Not cryptographic, and needs not be: the texts are the demo's own.
func derivedID(_ text: String) -> UUID {
    func fnv1a(_ bytes: String.UTF8View, offset: UInt64) -> UInt64 {
        var hash = offset
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
    let high = fnv1a(text.utf8, offset: 0xcbf2_9ce4_8422_2325)
    let low = fnv1a(text.utf8, offset: 0x6c62_272e_07bb_0142)
    var bytes = [UInt8](repeating: 0, count: 16)
    for index in 0..<8 {
        bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * (7 - index)))
        bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (8 * (7 - index)))
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x80  // version 8
    bytes[8] = (bytes[8] & 0x3f) | 0x80  // RFC 4122 variant
    return UUID(uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
}

/// The run of a durable flow the current task belongs to, and the task's idempotency key.
///
/// - Throws: ``DemoError/notDurable(_:)`` outside a durable run: the demo's effects rely on it.
func currentExecution(_ task: String) throws -> FlowExecution {
    guard let execution = FlowExecution.current else { throw DemoError.notDurable(task) }
    return execution
}

/// Why a demo task failed.
enum DemoError: Error, CustomStringConvertible {
    case notDurable(String)
    case invalidRequest(String)
    case quotaExceeded(project: String, wanted: Int, free: Int)
    case volumeMissing(UUID)
    case volumeNotCreating(UUID, status: String)
    case driverFailed(UUID)

    var description: String {
        switch self {
        case .notDurable(let task): "\(task) ran outside a durable run"
        case .invalidRequest(let why): "invalid request: \(why)"
        case .quotaExceeded(let project, let wanted, let free):
            "quota exceeded for project \(project): \(wanted) GB wanted, \(free) GB free"
        case .volumeMissing(let id): "volume \(id.uuidString.lowercased()) does not exist"
        case .volumeNotCreating(let id, let status): "volume \(id.uuidString.lowercased()) is \(status), not creating"
        case .driverFailed(let id): "the driver failed to create volume \(id.uuidString.lowercased())"
        }
    }
}
