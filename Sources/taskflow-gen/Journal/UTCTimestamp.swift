#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `2026-11-28T05:09:00Z`: a time in UTC as ISO 8601, to the second (what Foundation's
/// `ISO8601DateFormatter` prints by default).
enum UTCTimestamp {
    /// Formats `seconds` since 1970, rounded down to the second.
    static func string(fromSecondsSince1970 seconds: Double) -> String {
        var time = time_t(seconds.rounded(.down))
        var fields = tm()
        guard gmtime_r(&time, &fields) != nil else { return "?" }
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &fields)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
