/// Repairs invalid UTF-8 byte for byte, so that offsets into the repaired text are offsets
/// into the file (`String(decoding:as:)` would put a 3-byte U+FFFD for a bad byte instead).
enum UTF8Repair {
    /// `bytes` with every byte that is not part of a well-formed UTF-8 sequence replaced by
    /// `?`.
    static func replacingInvalidBytes(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(in: bytes, at: index)
            if length == 0 {
                repaired.append(UInt8(ascii: "?"))
                index += 1
            } else {
                repaired.append(contentsOf: bytes[index..<(index + length)])
                index += length
            }
        }
        return repaired
    }

    /// The length of the well-formed sequence at `index` (1 to 4), or 0 when there is none.
    private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return 0
        }
        return length
    }
}
