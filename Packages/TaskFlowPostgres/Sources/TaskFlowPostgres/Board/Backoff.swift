import Foundation

/// How long a failed run waits before it is claimable again: exponential in the attempt, capped,
/// with random jitter so that runs that failed together do not all come back together.
///
/// Attempt *n* (counted from 1) waits `min(initial × factorⁿ⁻¹, maximum)`, then scaled by a
/// random factor in `1 ± jitter`.
public struct Backoff: Sendable, Hashable {
    /// The wait after the first attempt.
    public var initial: Duration
    /// How much each further attempt multiplies the wait by.
    public var factor: Double
    /// The longest wait, before jitter.
    public var maximum: Duration
    /// The relative jitter, such as `0.1` for ±10 %.
    public var jitter: Double

    /// A backoff of `initial`, multiplied by `factor` after each attempt up to `maximum`, with
    /// `jitter` (a fraction between 0 and 1).
    public init(initial: Duration, factor: Double = 2, maximum: Duration, jitter: Double = 0.1) {
        precondition(factor >= 1 && (0...1).contains(jitter), "a backoff grows, and jitters by at most 100 %")
        self.initial = initial
        self.factor = factor
        self.maximum = maximum
        self.jitter = jitter
    }

    /// 1 s, doubling, at most 1 h, ±10 %.
    public static let `default` = Backoff(initial: .seconds(1), factor: 2, maximum: .seconds(3600), jitter: 0.1)

    /// The wait after attempt `attempt` (from 1), with `random` (between 0 and 1) choosing where
    /// in the jitter's range it falls: 0 at the shortest, 1 at the longest.
    public func delay(afterAttempt attempt: Int, random: Double) -> Duration {
        let exponent = Double(max(attempt, 1) - 1)
        let base = min(initial.seconds * pow(factor, exponent), maximum.seconds)
        return .seconds(base * (1 + jitter * (2 * random - 1)))
    }

    /// The wait after attempt `attempt` (from 1), with a random jitter.
    public func delay(afterAttempt attempt: Int) -> Duration {
        delay(afterAttempt: attempt, random: Double.random(in: 0...1))
    }
}
