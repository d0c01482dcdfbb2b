import TaskFlow

/// - Task: allocate_ip
///   - provides: ip
///   - revert: releaseIP
func allocateIP(context: Log, network: String) async -> String {
    context.record("allocate ip")
    return "\(network).7"
}

func releaseIP(context: Log, result: String) {
    context.record("release \(result)")
}

/// - Task: allocate_disk
///   - provides: disk
///   - revert: releaseDisk
func allocateDisk(context: Log, disk_size: Int) async -> String {
    context.record("allocate disk")
    return "disk-\(disk_size)"
}

func releaseDisk(context: Log, result: String) {
    context.record("release \(result)")
}

/// - Task: validate_request
///   - provides: network
func validateRequest(context: Log, name: String) throws -> String {
    context.record("validate \(name)")
    return "10.0.\(name.count)"
}

/// - Task: boot
///   - provides: server
///   - revert: halt
func boot(context: Log, name: String, ip: String, disk: String) async throws -> String {
    context.record("boot")
    if name == "doomed" { throw InjectedFailure(task: "boot") }
    return "\(name)@\(ip) on \(disk)"
}

func halt(context: Log) {
    context.record("halt")
}

/// The resources a server needs, allocated side by side.
///
/// - Flow: allocate_resources
///   - pattern: unordered
///   - tasks: allocate_ip, allocate_disk
enum AllocateResources {}

/// Creates a server: validate, allocate, boot.
///
/// - Flow: create_server
///   - tasks: validate_request, AllocateResources, boot
enum CreateServer {}
