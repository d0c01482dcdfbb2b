import TaskFlow

/// Parses the amount the customer typed.
///
/// - Parameter text: What was typed.
/// - Task: parse_amount
///   - provides: amount
func parseAmount(context: Log, text: String) throws -> Int {
    context.record("parse \(text)")
    guard let amount = Int(text) else { throw InjectedFailure(task: "parse_amount") }
    return amount
}

/// - Task: reserve_funds
///   - provides: reservation
///   - revert: releaseFunds
func reserveFunds(context: Log, amount: Int, account: String) async throws -> String {
    context.record("reserve \(amount) on \(account)")
    return "R-\(account)-\(amount)"
}

func releaseFunds(context: Log, result: String) async {
    context.record("release \(result)")
}

/// Charges the reservation; refuses amounts over 1000.
///
/// - Task: charge
///   - requires: reservation, amount as total
///   - provides: receipt
///   - version: 2.1
///   - revert: refund
func charge(context: Log, reservation: String, total: Int) async throws -> String {
    context.record("charge \(total)")
    if total > 1000 { throw InjectedFailure(task: "charge") }
    return "receipt for \(reservation)"
}

func refund(context: Log, result: String?, failure: RevertCause) {
    context.record("refund \(result ?? "nothing") after \(failure.first.task ?? "cancellation")")
}

/// Takes a payment, step by step.
///
/// - Flow: payment
///   - pattern: linear
///   - tasks: parse_amount, reserve_funds, charge
enum Payment {}
