/// Reads the records of a journal file and tells a torn tail from a damaged middle.
///
/// A crash during a write can leave the last record incomplete: too few bytes for its header or
/// its payload, a checksum that fails on the final record, or zeros where the file system
/// extended the file but never wrote the data. Those are *torn*: ``validLength`` stops before
/// them and the caller truncates. Any other failing record is corruption: the scan throws.
struct JournalScan {
    /// The records before the first torn one.
    private(set) var records: [JournalRecord] = []
    /// The length of the file up to the end of the last good record.
    private(set) var validLength = 0

    /// Scans `bytes`, the contents of `file`.
    /// - Throws: ``JournalError/corrupted(file:offset:)`` at the offset of a damaged record
    ///   that is not the last.
    init(_ bytes: [UInt8], file: String) throws(JournalError) {
        let outcome: Result<Void, JournalError> = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let remaining = buffer.count - offset
                guard remaining >= 8 else { break }
                let length = Int(buffer.loadLittleEndianUInt32(at: offset))
                let crc = buffer.loadLittleEndianUInt32(at: offset + 4)
                guard length <= remaining - 8 else { break }
                let payload = UnsafeRawBufferPointer(rebasing: buffer[(offset + 8)..<(offset + 8 + length)])
                let end = offset + 8 + length
                if CRC32.checksum(payload) == crc, let record = JournalRecord.decode(payload) {
                    records.append(record)
                    offset = end
                    validLength = end
                    continue
                }
                let tail = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                if end == buffer.count || tail.allSatisfy({ $0 == 0 }) { break }
                return .failure(JournalError.corrupted(file: file, offset: offset))
            }
            return .success(())
        }
        try outcome.get()
    }
}
