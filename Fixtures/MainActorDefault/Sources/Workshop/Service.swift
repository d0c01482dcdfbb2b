import TaskFlow

/// A car's service: inspect it, log the visit, wash it, bill it, hand it back. Every function
/// here is main-actor isolated by the module's default isolation; only `logVisit` says so.
///
/// - Flow: service
///   - pattern: linear
///   - tasks: inspect, log_visit, wash, bill, hand_back
public enum Service {}

/// Reads the odometer: a synchronous free function.
/// - Task: inspect
///   - provides: mileage
func inspect(plate: String, context: Ledger) throws -> Int {
    MainActor.assertIsolated()
    try context.record("inspect \(plate)", task: "inspect")
    return plate.count * 1_000
}

/// Logs the visit: says it is main-actor isolated, as does its revert, so both are awaited
/// plainly.
/// - Task: log_visit
///   - revert: unlogVisit
@MainActor func logVisit(plate: String, context: Ledger) {
    context.record("log \(plate)")
}

/// Strikes the visit from the log.
@MainActor func unlogVisit(plate: String, context: Ledger) {
    context.record("unlog \(plate)")
}

/// The wash bay: its method is a task of an owner instance.
public final class WashBay {
    /// The bay's name, for the ledger.
    let name: String

    /// A bay called `name`.
    public init(name: String) {
        self.name = name
    }

    /// Washes the car: a synchronous instance method.
    /// - Task: wash
    ///   - provides: clean
    ///   - revert: unwash
    func wash(plate: String, context: Ledger) throws -> Bool {
        MainActor.assertIsolated()
        try context.record("wash \(plate) in \(name)", task: "wash")
        return true
    }

    /// Undoes the wash (as far as a ledger goes).
    func unwash(plate: String, context: Ledger) {
        context.record("unwash \(plate)")
    }
}

/// Prices.
enum Tariff {
    /// Bills the service: a synchronous static method, undone by a refund that returns a value.
    /// - Task: bill
    ///   - provides: invoice
    ///   - revert: refund
    static func bill(mileage: Int, clean: Bool, context: Ledger) throws -> Int {
        MainActor.assertIsolated()
        try context.record("bill \(mileage) km", task: "bill")
        return clean ? 120 : 100
    }

    /// Refunds the invoice, returning the amount refunded (which nobody reads).
    static func refund(result: Int?, context: Ledger) -> Int {
        context.record("refund \(result.map(String.init) ?? "nothing")")
        return result ?? 0
    }
}

/// Hands the car back: asynchronous.
/// - Task: hand_back
///   - provides: receipt
func handBack(plate: String, invoice: Int, context: Ledger) async throws -> String {
    MainActor.assertIsolated()
    try context.record("hand back \(plate)", task: "hand_back")
    return "\(plate): \(invoice)"
}

/// Formats a receipt line: explicitly `nonisolated`, so it is called plainly.
/// - Task: stamp
///   - provides: stamped
nonisolated func stamp(receipt: String) -> String {
    "[\(receipt)]"
}

/// A flow with a nonisolated task after a main-actor one.
///
/// - Flow: receipt
///   - pattern: linear
///   - tasks: hand_back, stamp
public enum Receipt {}

/// A durable flow: its state is journaled, so the generated `State` is `Codable` — a conformance
/// that must be usable outside the main actor, where the engine encodes it.
///
/// - Flow: durable_receipt
///   - pattern: linear
///   - tasks: hand_back, stamp
///   - durable: true
public enum DurableReceipt {}
