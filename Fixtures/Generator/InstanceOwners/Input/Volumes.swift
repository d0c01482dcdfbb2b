import TaskFlow

struct RequestContext: Sendable {
    var user: String
    var log: Log
}

enum Storage {
    /// A fake database of volume rows.
    struct Volumes: Sendable {
        var log: Log

        /// - Task: create_row
        ///   - provides: volume_id
        ///   - revert: deleteRow
        func createRow(context: RequestContext, size: Int) async throws -> Int {
            log.record("create row for \(context.user) size \(size)")
            return 42
        }

        func deleteRow(context: RequestContext, result: Int) async throws {
            log.record("delete row \(result)")
        }

        /// - Task: mark_available
        ///   - provides: status
        func markAvailable(volume_id: Int) -> String {
            log.record("available \(volume_id)")
            return "available"
        }
    }
}

/// Sends notifications.
final class Notifier: Sendable {
    let log: Log
    let failing: Bool

    init(log: Log, failing: Bool) {
        self.log = log
        self.failing = failing
    }

    /// - Task: notify_created
    ///   - revert: notifyFailed
    func notifyCreated(context: RequestContext, volume_id: Int, status: String) throws {
        log.record("notify \(volume_id) \(status)")
        if failing { throw InjectedFailure(task: "notify_created") }
    }

    func notifyFailed(context: RequestContext, volume_id: Int, failure: RevertCause) {
        log.record("notify failure of \(volume_id)")
    }
}

enum Quota {
    /// - Task: check_quota
    static func check(context: RequestContext, size: Int) throws {
        context.log.record("quota \(size)")
    }
}

/// - Flow: create_volume
///   - tasks: check_quota, create_row, mark_available, notify_created
enum CreateVolume {}
