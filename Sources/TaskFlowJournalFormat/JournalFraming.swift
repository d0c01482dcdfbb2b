/// The framing of a `FileJournal` run file, shared by the runtime (which writes and reads it)
/// and `taskflow-gen runs` (which lists it without depending on the runtime).
///
/// A file is a sequence of records, each `length` (`UInt32`, little-endian), the CRC-32 of the
/// payload (`UInt32`, little-endian), then the payload. What a payload means is the reader's
/// business; the framing knows only how records follow each other and how a crash can leave
/// the last one.
package enum JournalFraming {
    /// A damaged record that is not the file's last: the file is corrupt at `offset`.
    package struct Corruption: Error {
        /// Where the damaged record starts.
        package var offset: Int
    }

    /// Appends `payload` to `bytes` as one framed record. `writePayload` appends the payload's
    /// bytes; the length and checksum are filled in after it.
    package static func append(to bytes: inout [UInt8], writePayload: (inout [UInt8]) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0])
        writePayload(&bytes)
        let length = UInt32(bytes.count - start - 8)
        let crc = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[(start + 8)...])) }
        for shift in 0..<4 {
            bytes[start + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift))
            bytes[start + 4 + shift] = UInt8(truncatingIfNeeded: crc >> (8 * shift))
        }
    }

    /// Walks the records of `bytes`, handing each payload whose checksum holds to `accept`, up
    /// to the first torn record.
    ///
    /// A crash during a write can leave the last record incomplete: too few bytes for its header
    /// or its payload, a checksum that fails (or a payload `accept` refuses) on the final record,
    /// or zeros where the file system extended the file but never wrote the data. Those are
    /// *torn*: the walk stops before them. Any other failing record is corruption.
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - accept: Reads one payload; returns `false` when it cannot.
    /// - Returns: The length of the file up to the end of the last good record.
    /// - Throws: ``Corruption`` at the offset of a damaged record that is not the last.
    package static func records(
        in bytes: [UInt8], accept: (UnsafeRawBufferPointer) -> Bool
    ) throws(Corruption) -> Int {
        let outcome: Result<Int, Corruption> = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while buffer.count - offset >= 8 {
                let length = Int(buffer.littleEndianUInt32(at: offset))
                let crc = buffer.littleEndianUInt32(at: offset + 4)
                guard length <= buffer.count - offset - 8 else { break }
                let end = offset + 8 + length
                let payload = UnsafeRawBufferPointer(rebasing: buffer[(offset + 8)..<end])
                if CRC32.checksum(payload) == crc, accept(payload) {
                    offset = end
                    continue
                }
                let tail = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                if end == buffer.count || tail.allSatisfy({ $0 == 0 }) { break }
                return .failure(Corruption(offset: offset))
            }
            return .success(offset)
        }
        return try outcome.get()
    }
}

extension UnsafeRawBufferPointer {
    /// The four little-endian bytes at `offset` as an integer.
    package func littleEndianUInt32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
