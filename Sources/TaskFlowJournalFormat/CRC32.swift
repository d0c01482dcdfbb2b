/// CRC-32 (IEEE 802.3, reflected polynomial `0xEDB88320`), the checksum of each journal record.
///
/// Table-driven, one byte per step: 256 precomputed remainders, so a record costs one table
/// look-up per byte. The same checksum as zlib's `crc32`, so a journal can be checked by other
/// tools.
package enum CRC32 {
    /// The remainder of every byte value, computed once.
    static let table: [UInt32] = (0..<256).map { byte in
        var crc = UInt32(byte)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
        }
        return crc
    }

    /// The checksum of `bytes`.
    /// - Parameter bytes: The bytes to check.
    /// - Returns: Their CRC-32.
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of `bytes`.
    /// - Parameter bytes: The bytes to check.
    /// - Returns: Their CRC-32.
    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
