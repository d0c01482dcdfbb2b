import TaskFlow

/// Keeps reservations: its instance methods are isolated to the actor, so generated code
/// awaits them although they are not `async`.
actor Ledger {
    let log: Log
    private var reserved = 0

    init(log: Log) {
        self.log = log
    }

    /// - Task: reserve
    ///   - provides: reservation
    ///   - revert: release
    func reserve(size: Int) -> Int {
        reserved += size
        log.record("reserve \(size)")
        return reserved
    }

    /// Gives a reservation back; returns whether the ledger still balances (a result the
    /// revert's caller discards).
    func release(result: Int) -> Bool {
        reserved -= result
        log.record("release \(result)")
        return reserved >= 0
    }

    /// - Task: split
    ///   - provides: half, let
    nonisolated func split(reservation: Int) -> (half: Int, `let`: [Int]) {
        (reservation / 2, [reservation, reservation / 2])
    }
}

/// Shows orders on screen: a main-actor class, so its methods are awaited too.
@MainActor
final class Screen {
    let log: Log

    init(log: Log) {
        self.log = log
    }

    /// - Task: show
    ///   - provides: status
    ///   - revert: hide
    func show(reservation: Int, half: Int) -> String {
        log.record("show \(reservation)")
        return "shown \(half)"
    }

    func hide(result: String) {
        log.record("hide \(result)")
    }
}

/// A global actor of the module.
@globalActor
actor Journal {
    static let shared = Journal()
}

/// - Task: note
@Journal
func note(context: RequestContext, reservation: Int) {
    context.log.record("note \(reservation)")
}

/// - Task: audit
@MainActor func audit(context: RequestContext, status: String) throws {
    context.log.record("audit \(status)")
    if context.failing { throw InjectedFailure(task: "audit") }
}

/// Counts what was placed; the extension below puts its members on the main actor.
enum Tally {}

@MainActor
extension Tally {
    /// - Task: count
    static func count(context: RequestContext, status: String) {
        context.log.record("count \(status)")
    }
}

/// - Flow: place_order
///   - tasks: reserve, split, show, note, audit, count
enum PlaceOrder {}
