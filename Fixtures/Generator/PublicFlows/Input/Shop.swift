import Synchronization
import TaskFlow

/// Where sales are written; its methods are tasks, so a checkout is run with one.
public final class Ledger: Sendable {
    private let sales = Mutex<[Int]>([])

    public init() {}

    /// The totals recorded and not cancelled.
    public var recorded: [Int] {
        sales.withLock { $0 }
    }

    /// Records the sale; a total over `limit` is declined.
    ///
    /// - Task: record_sale
    ///   - provides: receipt
    ///   - revert: cancelSale
    func recordSale(context: Till, total: Int, limit: Int = 100) throws -> String {
        context.record("record \(total)")
        if total > limit { throw Declined(total: total) }
        sales.withLock { $0.append(total) }
        return "receipt \(total)"
    }

    func cancelSale(context: Till, total: Int) {
        context.record("cancel \(total)")
        sales.withLock { $0.removeAll { $0 == total } }
    }
}

/// Adds up the order.
///
/// - Task: price_order
///   - provides: total
func priceOrder(context: Till, items: [Item]) -> Int {
    context.record("price \(items.count) items")
    return items.reduce(0) { $0 + $1.price }
}

/// Counts what is left of an item.
///
/// - Task: count_stock
///   - provides: stock
func countStock(context: Till, item: Item) async -> Int {
    context.record("count \(item.name)")
    return item.name.count
}

/// Prices an order and records the sale; another module runs it with `Checkout.run`.
///
/// - Flow: checkout
///   - tasks: price_order, record_sale
public enum Checkout {}

/// Counts stock; visible to the package's other modules, journaled.
///
/// - Flow: stocktake
///   - tasks: count_stock
///   - durable: true
///   - version: 2.1
package enum Stocktake {}

/// Internal on purpose: a flow inside an internal type stays internal, whatever the flow's own
/// type says.
enum Back {
    /// - Flow: recount
    ///   - tasks: count_stock
    public enum Recount {}
}
