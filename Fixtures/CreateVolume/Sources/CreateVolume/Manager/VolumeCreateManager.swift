/// The manager half of create-volume, on the chosen backend: read the volume, arm the
/// reschedule-or-error-out revert, work out the spec, notify, create, finish.
///
/// - Flow: volume_create_manager
///   - tasks: extract_volume_ref, on_failure_reschedule, extract_volume_spec, notify_create_start, create_from_spec, create_on_finish
enum VolumeCreateManager {}
