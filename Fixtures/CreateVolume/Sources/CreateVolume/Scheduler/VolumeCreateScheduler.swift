/// The scheduler half of create-volume: settle the spec, then place the volume on a backend.
///
/// - Flow: volume_create_scheduler
///   - tasks: extract_scheduler_spec, schedule_create_volume
enum VolumeCreateScheduler {}
