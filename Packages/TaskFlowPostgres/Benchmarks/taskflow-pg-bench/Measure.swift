import Foundation

/// Prints one figure as `NAME VALUE UNIT`, the format every benchmark script reads.
func report(_ name: String, _ value: Double, _ unit: String) {
    print(name, String(format: value >= 100 ? "%.0f" : "%.2f", value), unit)
}

/// The median of `runs` measurements of `body`.
func median(runs: Int, _ body: @Sendable () async throws -> Double) async throws -> Double {
    var values: [Double] = []
    for _ in 0..<runs {
        values.append(try await body())
    }
    values.sort()
    return values[(values.count - 1) / 2]
}

/// Wall-clock seconds `body` takes.
func seconds(_ body: () async throws -> Void) async throws -> Double {
    let clock = ContinuousClock()
    let elapsed = try await clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
