import TaskFlow

/// Synchronous task functions called as generated adapters call one of unknown isolation,
/// `await maybeIsolated(f(…))`, against plain calls: what that `await` costs when the function
/// turns out nonisolated. (`Benchmarks/executor-hops.sh` also counts its executor hops: none.)
extension RuntimeBenchmarks {
    /// A synchronous user function.
    struct SyncStep: Sendable {
        let run: @Sendable (Int) -> Int
    }

    /// The synchronous user functions.
    static func syncSteps(_ count: Int) -> [SyncStep] {
        (0..<count).map { offset in SyncStep { value in value &+ offset } }
    }

    /// `count` synchronous calls through `maybeIsolated`, each awaited as an adapter awaits it.
    static func maybeIsolatedNanosecondsPerCall(_ count: Int) async -> Timing {
        await syncCallNanosecondsPerCall(count, calling: callThroughMaybeIsolated)
    }

    /// The same calls made plainly.
    static func plainCallNanosecondsPerCall(_ count: Int) async -> Timing {
        await syncCallNanosecondsPerCall(count, calling: callPlainly)
    }

    /// `count` calls of ``syncSteps(_:)`` made by `calling`, divided by `count`.
    private static func syncCallNanosecondsPerCall(
        _ count: Int, calling: ([SyncStep]) async -> Int
    ) async -> Timing {
        let steps = syncSteps(count)
        var total = 0
        let elapsed = await timed { total = await calling(steps) }
        precondition(total == (0..<count).reduce(0, &+), "the calls computed a wrong sum")
        return elapsed.perTask(count)
    }

    /// Where an adapter makes the call: a `nonisolated(nonsending)` function.
    nonisolated(nonsending) static func callThroughMaybeIsolated(_ steps: [SyncStep]) async -> Int {
        var value = 0
        for step in steps { value = await maybeIsolated(step.run(value)) }
        return value
    }

    /// The same function with plain calls.
    nonisolated(nonsending) static func callPlainly(_ steps: [SyncStep]) async -> Int {
        var value = 0
        for step in steps { value = step.run(value) }
        return value
    }
}
