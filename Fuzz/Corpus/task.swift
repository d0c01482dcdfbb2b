/// Reserves quota.
///
/// - Task: reserve_quota
///   - requires: size, volume_type as type
///   - provides: reservations
///   - version: 1.2
///   - revert: rollbackQuota
func reserveQuota(context: RequestContext, size: Int, type: VolumeType) async throws -> [Reservation] { [] }

func rollbackQuota(context: RequestContext, result: [Reservation]) async throws {}

/// The API half.
///
/// - Flow: create_volume_api
///   - pattern: linear
///   - tasks: reserveQuota
enum CreateVolumeAPI {}
