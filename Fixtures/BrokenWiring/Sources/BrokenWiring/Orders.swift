// The mistake: `charge_card` requires `total`, which only `price_order` provides, and the
// linear flow lists `price_order` after it. TaskFlow would find this when the flow runs;
// taskflow-gen reports it at build time, on the flow's annotation.

/// Prices an order.
///
/// - Task: price_order
///   - provides: total
func priceOrder(items: [Int]) -> Int {
    items.reduce(0, +)
}

/// Charges the customer's card.
///
/// - Task: charge_card
///   - provides: receipt
func chargeCard(total: Int) -> String {
    "charged \(total)"
}

/// Checks out an order: charge, then price — the wrong order.
///
/// - Flow: checkout
///   - pattern: linear
///   - tasks: charge_card, price_order
enum Checkout {}
