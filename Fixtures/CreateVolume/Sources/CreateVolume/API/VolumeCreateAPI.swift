/// The API half of create-volume: validate, reserve quota, create the row, commit the quota,
/// cast to the scheduler. A failure before the commit undoes everything; a failed cast keeps
/// the volume in `error` and gives its quota back.
///
/// - Flow: volume_create_api
///   - pattern: linear
///   - tasks: extract_volume_request, reserve_quota, create_entry, commit_quota, cast_create_volume
///   - durable: true
public enum VolumeCreateAPI {}
