#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts byte offsets into 1-based lines and UTF-8 columns, as swiftc counts them.
///
/// A line ends at `\n`, at `\r\n`, or at a `\r` alone.
struct LineTable: Sendable {
    /// The offset at which each line starts, in order; the first is 0.
    private let lineStarts: [Int]

    /// Builds the table for `bytes` in one pass (with `memchr` when the file has no `\r`, which
    /// is most files).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            lineStarts = starts
            return
        }
        starts.reserveCapacity(bytes.count / 32)
        let count = bytes.count
        if memchr(base, Int32(UInt8(ascii: "\r")), count) == nil {
            var offset = 0
            while offset < count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        } else {
            var index = 0
            while index < count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    starts.append(index)
                } else if byte == UInt8(ascii: "\r") {
                    if index < count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index)
                }
            }
        }
        lineStarts = starts
    }

    /// The 1-based line and column of `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        // The last line start not after `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}
