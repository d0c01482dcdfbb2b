import Synchronization

/// What a run did, in order; the flows' context. Public, as the context of a public flow
/// must be.
public final class Till: Sendable {
    private let entries = Mutex<[String]>([])

    public init() {}

    func record(_ entry: String) {
        entries.withLock { $0.append(entry) }
    }

    public var all: [String] {
        entries.withLock { $0 }
    }
}

/// A line of an order.
public struct Item: Sendable, Codable, Equatable {
    public var name: String
    public var price: Int

    public init(name: String, price: Int) {
        self.name = name
        self.price = price
    }
}

/// The error a task throws when the order cannot be paid.
public struct Declined: Error, Equatable {
    public var total: Int
}
