import Synchronization

/// The failures a fake is set up to throw, per operation.
///
/// A test (or `create-volume --fail`) plans a failure before a run; the operation succeeds
/// `after` more times, then throws the planned error once, then works again.
public final class FailurePlan<Operation>: Sendable
where Operation: RawRepresentable & Hashable & Sendable, Operation.RawValue == String {
    private struct Planned {
        var callsToPass: Int
        var error: any Error
    }

    private let planned = Mutex<[Operation: [Planned]]>([:])

    /// Creates a plan with no failures.
    public init() {}

    /// Makes a later call of `operation` throw.
    /// - Parameters:
    ///   - operation: The operation to fail.
    ///   - error: What it throws; by default an ``InjectedFailure`` naming the operation.
    ///   - calls: How many calls succeed first.
    public func fail(_ operation: Operation, with error: (any Error)? = nil, after calls: Int = 0) {
        let error = error ?? InjectedFailure(operation: operation.rawValue)
        planned.withLock { $0[operation, default: []].append(Planned(callsToPass: calls, error: error)) }
    }

    /// Throws the failure planned for this call of `operation`, if any.
    /// - Throws: The planned error.
    func check(_ operation: Operation) throws {
        let error: (any Error)? = planned.withLock { planned in
            guard var queue = planned[operation], !queue.isEmpty else { return nil }
            defer { planned[operation] = queue }
            if queue[0].callsToPass > 0 {
                queue[0].callsToPass -= 1
                return nil
            }
            return queue.removeFirst().error
        }
        if let error { throw error }
    }
}
