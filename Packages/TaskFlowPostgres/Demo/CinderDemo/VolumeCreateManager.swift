import Foundation
import PostgresNIO
import TaskFlow

/// The volume service's part of create-volume: check the volume's row, have the driver create the
/// volume on the backend, and mark it `available`. A failure reverts the run: the volume is set
/// to `error` and its quota released.
///
/// - Flow: volume_create_manager
///   - tasks: extract_volume_ref, create_from_spec, create_on_finish
///   - durable: true
enum VolumeCreateManager {}

/// Reads the volume's row, which must still be `creating` (Cinder's ExtractVolumeRefTask). Its
/// revert fails the volume: the row to `error`, the quota released.
///
/// - Task: extract_volume_ref
///   - provides: volume
///   - revert: failVolume
func extractVolumeRef(context: CinderContext, request_spec: RequestSpec, host: String) async throws -> VolumeRef {
    let rows = try await context.query(
        "SELECT name, size, status FROM \(unescaped: context.tables).volumes WHERE id = \(request_spec.volumeID)")
    guard let row = rows.first else { throw DemoError.volumeMissing(request_spec.volumeID) }
    let (name, size, status) = try row.decode((String, Int32, String).self)
    guard status == "creating" else { throw DemoError.volumeNotCreating(request_spec.volumeID, status: status) }
    context.say("extract_volume_ref: volume \(short(request_spec.volumeID)) '\(name)' on \(host)")
    return VolumeRef(id: request_spec.volumeID, name: name, size: Int(size))
}

/// Sets the volume to `error` and releases its quota: what a failed manager run leaves.
func failVolume(context: CinderContext, request_spec: RequestSpec) async throws {
    try await setError(request_spec.volumeID, context: context)
    try await releaseQuota(request_spec.reservationID, context: context)
}

/// The driver: takes a second or two (where a kill lands), then records the backend volume it
/// made. Recording it again names the same backend volume.
///
/// - Task: create_from_spec
///   - provides: backend_volume
func createFromSpec(context: CinderContext, volume: VolumeRef, request_spec: RequestSpec, host: String) async throws -> String {
    let execution = try currentExecution("create_from_spec")
    let backendVolume = "\(host)#volume-\(volume.id.uuidString.lowercased())"
    let milliseconds = Int.random(in: 1_000...2_000)
    context.say("create_from_spec: driver creating volume \(short(volume.id)) on \(host) (\(milliseconds) ms, key \(execution.idempotencyKey))")
    try await Task.sleep(for: .milliseconds(milliseconds))
    if request_spec.failInDriver {
        context.say("create_from_spec: the driver failed volume \(short(volume.id))")
        throw DemoError.driverFailed(volume.id)
    }
    try await context.query(
        """
        UPDATE \(unescaped: context.tables).volumes SET backend_volume = \(backendVolume), updated_at = clock_timestamp()
        WHERE id = \(volume.id)
        """)
    context.say("create_from_spec: backend volume \(backendVolume) created")
    return backendVolume
}

/// Marks the volume `available` (Cinder's CreateVolumeOnFinishTask).
///
/// - Task: create_on_finish
func createOnFinish(context: CinderContext, volume: VolumeRef, backend_volume: String) async throws {
    try await context.query(
        """
        UPDATE \(unescaped: context.tables).volumes SET status = 'available', updated_at = clock_timestamp()
        WHERE id = \(volume.id) AND status = 'creating'
        """)
    context.say("create_on_finish: volume \(short(volume.id)) is available")
}
