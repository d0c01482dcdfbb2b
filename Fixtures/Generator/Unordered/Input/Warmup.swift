import TaskFlow

/// - Task: warm_cache
///   - provides: cache_entries
///   - revert: clearCache
func warmCache(context: Log, region: String) async throws -> Int {
    context.record("warm cache \(region)")
    return 3
}

func clearCache(context: Log, result: Int) {
    context.record("clear cache \(result)")
}

/// - Task: open_connections
///   - provides: connections
///   - revert: closeConnections
func openConnections(context: Log, region: String, pool_size: Int) async throws -> [String] {
    context.record("open \(pool_size) in \(region)")
    if pool_size == 0 { throw InjectedFailure(task: "open_connections") }
    return (0 ..< pool_size).map { "\(region)-\($0)" }
}

func closeConnections(context: Log, result: [String]?) {
    context.record("close \(result?.count ?? 0)")
}

/// - Task: load_flags
///   - provides: flags
func loadFlags(context: Log, region: String) -> [String: Bool] {
    context.record("flags \(region)")
    return ["beta": region == "eu"]
}

/// Gets a region ready, all at once.
///
/// - Flow: warmup
///   - pattern: unordered
///   - tasks: warm_cache, open_connections, load_flags
enum Warmup {}
