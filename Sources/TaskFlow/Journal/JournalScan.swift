import TaskFlowJournalFormat

/// Reads the records of a journal file and tells a torn tail from a damaged middle (see
/// `JournalFraming.records(in:accept:)`): a torn tail is left out of ``validLength`` for the
/// caller to truncate; a damaged middle throws.
struct JournalScan {
    /// The records before the first torn one.
    private(set) var records: [JournalRecord] = []
    /// The length of the file up to the end of the last good record.
    private(set) var validLength = 0

    /// Scans `bytes`, the contents of `file`.
    /// - Throws: ``JournalError/corrupted(file:offset:)`` at the offset of a damaged record
    ///   that is not the last.
    init(_ bytes: [UInt8], file: String) throws(JournalError) {
        var records: [JournalRecord] = []
        do {
            validLength = try JournalFraming.records(in: bytes) { payload in
                guard let record = JournalRecord.decode(payload) else { return false }
                records.append(record)
                return true
            }
        } catch {
            throw .corrupted(file: file, offset: error.offset)
        }
        self.records = records
    }
}
