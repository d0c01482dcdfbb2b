/// CRC-32 (IEEE 802.3, reflected polynomial `0xEDB88320`), the checksum of each journal record:
/// the same function as TaskFlow's `CRC32` and zlib's `crc32`.
enum CRC32 {
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
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
