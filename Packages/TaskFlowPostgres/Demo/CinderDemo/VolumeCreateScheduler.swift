import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// The scheduler service's part of create-volume: read the request spec, pick a backend for the
/// volume, record it as the volume's host and cast the volume to that backend's manager — here,
/// post a run of `volume_create_manager` on the `volume` queue.
///
/// - Flow: volume_create_scheduler
///   - tasks: extract_scheduler_spec, schedule_create_volume
///   - durable: true
enum VolumeCreateScheduler {}

/// Reads what the scheduler filters backends on from the request spec (Cinder's
/// ExtractSchedulerSpecTask).
///
/// - Task: extract_scheduler_spec
///   - provides: filter_properties
func extractSchedulerSpec(context: CinderContext, request_spec: RequestSpec) throws -> FilterProperties {
    context.say("extract_scheduler_spec: volume \(short(request_spec.volumeID)) needs \(request_spec.size) GB")
    return FilterProperties(size: request_spec.size)
}

/// Picks the backend with the fewest gigabytes allocated, records it as the volume's host (unless
/// an earlier attempt recorded one: that one stays), and posts the manager's run under an id
/// derived from this run's (Cinder's ScheduleCreateVolumeTask).
///
/// - Task: schedule_create_volume
///   - provides: host
func scheduleCreateVolume(
    context: CinderContext, request_spec: RequestSpec, filter_properties: FilterProperties
) async throws -> String {
    let execution = try currentExecution("schedule_create_volume")
    let allocated = try await context.query(
        """
        SELECT host, coalesce(sum(size), 0)::int8 FROM \(unescaped: context.tables).volumes
        WHERE host IS NOT NULL AND status <> 'error' GROUP BY host
        """)
    var load = Dictionary(uniqueKeysWithValues: Demo.backends.map { ($0, Int64(0)) })
    for row in allocated {
        let (host, gigabytes) = try row.decode((String, Int64).self)
        load[host] = gigabytes
    }
    let picked = Demo.backends.min { (load[$0] ?? 0, $0) < (load[$1] ?? 0, $1) } ?? Demo.backends[0]
    let recorded = try await context.query(
        """
        UPDATE \(unescaped: context.tables).volumes SET host = coalesce(host, \(picked)), updated_at = clock_timestamp()
        WHERE id = \(request_spec.volumeID) RETURNING host
        """)
    guard let host = try recorded.first?.decode(String.self) else { throw DemoError.volumeMissing(request_spec.volumeID) }
    var state = VolumeCreateManager.State()
    state.request_spec = request_spec
    state.host = host
    let runID = RunID(uuid: derivedID("manager:\(execution.runID)"))
    let posted = try await post(
        VolumeCreateManager.sharedFlow, state: state, runID: runID, queue: Demo.volumeQueue, context: context)
    context.say(
        "schedule_create_volume: volume \(short(request_spec.volumeID)) → \(host) (\(filter_properties.size) GB); "
            + "manager run \(short(runID.uuid)) \(posted ? "posted" : "was already posted")")
    return host
}
