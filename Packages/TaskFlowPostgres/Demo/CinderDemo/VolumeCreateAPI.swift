import Foundation
import PostgresNIO
import TaskFlow
import TaskFlowPostgres

/// The API service's half of create-volume: validate the request, reserve quota, create the
/// volume's row (`creating`), commit the quota and cast the volume to the scheduler — here, post
/// a run of `volume_create_scheduler` on the `scheduler` queue. A failure before the cast undoes
/// what ran: the reservation is rolled back or its quota released, the row set to `error`.
///
/// - Flow: volume_create_api
///   - tasks: extract_volume_request, reserve_quota, create_entry, commit_quota, cast_create_volume
///   - durable: true
enum VolumeCreateAPI {}

/// Validates a request (Cinder's ExtractVolumeRequestTask).
///
/// - Task: extract_volume_request
///   - provides: spec
func extractVolumeRequest(request: VolumeRequest) throws -> VolumeSpec {
    guard !request.name.isEmpty else { throw DemoError.invalidRequest("a volume needs a name") }
    guard request.size > 0 else { throw DemoError.invalidRequest("size \(request.size) GB is not positive") }
    return VolumeSpec(name: request.name, size: request.size, project: request.project, failInDriver: request.failInDriver)
}

/// Creates the volume's row in status `creating` (Cinder's EntryCreateTask). The volume's id is
/// derived from the task's idempotency key, and the row inserted unless it exists.
///
/// - Task: create_entry
///   - provides: volume
///   - revert: errorOutEntry
func createEntry(context: CinderContext, spec: VolumeSpec) async throws -> VolumeRef {
    let execution = try currentExecution("create_entry")
    let volume = VolumeRef(id: derivedID(execution.idempotencyKey), name: spec.name, size: spec.size)
    try await context.query(
        """
        INSERT INTO \(unescaped: context.tables).volumes (id, name, size, project, status)
        VALUES (\(volume.id), \(volume.name), \(volume.size)::int4, \(spec.project), 'creating')
        ON CONFLICT (id) DO NOTHING
        """)
    context.say("create_entry: volume \(short(volume.id)) '\(volume.name)' (\(volume.size) GB) is creating")
    return volume
}

/// Sets a row the run created to `error`: the user sees the volume failed and can delete it.
func errorOutEntry(context: CinderContext, result: VolumeRef?) async throws {
    guard let result else { return }
    try await setError(result.id, context: context)
}

/// Sets a volume that is still `creating` to `error`.
func setError(_ id: UUID, context: CinderContext) async throws {
    try await context.query(
        """
        UPDATE \(unescaped: context.tables).volumes SET status = 'error', updated_at = clock_timestamp()
        WHERE id = \(id) AND status = 'creating'
        """)
    context.say("volume \(short(id)) set to error")
}

/// Casts the volume to the scheduler (Cinder's VolumeCastTask): posts a run of
/// `volume_create_scheduler` whose id is derived from this run's. A second attempt posts the
/// same id, which the board refuses: the run is already posted.
///
/// - Task: cast_create_volume
///   - provides: scheduler_run
func castCreateVolume(
    context: CinderContext, spec: VolumeSpec, volume: VolumeRef, quota_commit: QuotaCommit
) async throws -> UUID {
    let execution = try currentExecution("cast_create_volume")
    var state = VolumeCreateScheduler.State()
    state.request_spec = RequestSpec(
        volumeID: volume.id, name: volume.name, size: volume.size, project: spec.project,
        reservationID: quota_commit.reservationID, failInDriver: spec.failInDriver)
    let runID = RunID(uuid: derivedID("scheduler:\(execution.runID)"))
    let posted = try await post(
        VolumeCreateScheduler.sharedFlow, state: state, runID: runID, queue: Demo.schedulerQueue, context: context)
    context.say("cast_create_volume: scheduler run \(short(runID.uuid)) \(posted ? "posted" : "was already posted")")
    return runID.uuid
}

/// Posts a run on the board; `false` when a run with that id exists (an earlier attempt of the
/// casting task posted it).
func post<State: Encodable & Sendable, Context>(
    _ flow: Flow<State, Context>, state: State, runID: RunID, queue: String, context: CinderContext
) async throws -> Bool {
    do {
        try await context.board.post(flow, state: state, runID: runID, queue: queue)
        return true
    } catch {
        if let refused = error as? JobBoardError, refused == .runExists(runID) { return false }
        throw error
    }
}
