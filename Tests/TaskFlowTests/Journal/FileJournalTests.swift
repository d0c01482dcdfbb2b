import Foundation
import Testing
@testable import TaskFlow
import TaskFlowJournalFormat

@Suite("File journal")
struct FileJournalTests {
    let directory = TemporaryDirectory()

    static func header(_ runID: RunID) -> RunHeader {
        RunHeader(
            runID: runID, flow: "create_volume",
            tasks: [JournaledTask(name: "reserve", version: TaskVersion(major: 2, minor: 1))],
            started: Date(timeIntervalSince1970: 1_000)
        )
    }

    static func sampleRecords(_ runID: RunID) -> [JournalRecord] {
        [
            .started(header(runID)),
            .flow(.running),
            .task(0, .running, message: nil),
            .task(0, .success, message: nil),
            .state(Data("{\"size\":1}".utf8)),
            .task(0, .failure, message: "disk full: ✗"),
        ]
    }

    @Test func crcMatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func recordsReadBackInTheOrderTheyWereAppended() async throws {
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        let records = Self.sampleRecords(runID)
        try await journal.append(Array(records[..<2]), to: runID, sync: true)
        try await journal.append(Array(records[2...]), to: runID, sync: false)
        await journal.close(runID)
        #expect(try await FileJournal(directory: directory.url).records(of: runID) == records)
    }

    @Test func aSecondHeaderForTheSameRunIsRefused() async throws {
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        try await journal.append([.started(Self.header(runID))], to: runID, sync: true)
        await journal.close(runID)
        await #expect(throws: JournalError.runExists(runID)) {
            try await journal.append([.started(Self.header(runID))], to: runID, sync: true)
        }
    }

    @Test(arguments: [0, 5])
    func aFileWithoutAWholeHeaderIsARunThatNeverStartedAndCanStartAgain(_ bytesWritten: Int) async throws {
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        try Data(repeating: 3, count: bytesWritten).write(to: journal.file(of: runID))
        await #expect(throws: JournalError.unknownRun(runID)) { try await journal.records(of: runID) }
        #expect(try await journal.runs().isEmpty)
        try await journal.append([.started(Self.header(runID)), .flow(.running)], to: runID, sync: true)
        #expect(try await journal.records(of: runID) == [.started(Self.header(runID)), .flow(.running)])
    }

    @Test func anUnknownRunIsReportedAsSuch() async throws {
        defer { directory.remove() }
        let runID = RunID()
        await #expect(throws: JournalError.unknownRun(runID)) {
            try await FileJournal(directory: directory.url).records(of: runID)
        }
    }

    /// Ways a crash can leave the last record: bytes cut off, or zeros, or garbage in its place.
    enum Tear: String, CaseIterable {
        case insideLengthField, insidePayload, lastByteMissing, zerosAppended, lastPayloadGarbled
    }

    @Test(arguments: Tear.allCases)
    func aTornLastRecordIsDroppedAndTruncatedAway(_ tear: Tear) async throws {
        defer { directory.remove() }
        let runID = RunID()
        let records = Self.sampleRecords(runID)
        let journal = try FileJournal(directory: directory.url)
        try await journal.append(records, to: runID, sync: true)
        await journal.close(runID)
        let file = journal.file(of: runID)
        var bytes = try [UInt8](Data(contentsOf: file))
        let lastRecordLength = 8 + 1 + 9 + "disk full: ✗".utf8.count
        let intact = bytes.count - lastRecordLength
        var expected = Array(records.dropLast())
        switch tear {
        case .insideLengthField: bytes.removeLast(lastRecordLength - 2)
        case .insidePayload: bytes.removeLast(5)
        case .lastByteMissing: bytes.removeLast()
        case .zerosAppended:
            bytes += [UInt8](repeating: 0, count: 4096)
            expected = records
        case .lastPayloadGarbled: bytes[bytes.count - 3] ^= 0xFF
        }
        try Data(bytes).write(to: file)

        let reopened = try FileJournal(directory: directory.url)
        #expect(try await reopened.records(of: runID) == expected)
        let repairedSize = try Data(contentsOf: file).count
        #expect(repairedSize == (tear == .zerosAppended ? intact + lastRecordLength : intact))
        // Appending after the repair continues a readable log.
        try await reopened.append([.flow(.suspended)], to: runID, sync: true)
        #expect(try await reopened.records(of: runID) == expected + [.flow(.suspended)])
    }

    @Test(arguments: [0, 2, 4])
    func aDamagedRecordBeforeTheLastIsRefusedWithFileAndOffset(_ damaged: Int) async throws {
        defer { directory.remove() }
        let runID = RunID()
        let records = Self.sampleRecords(runID)
        let journal = try FileJournal(directory: directory.url)
        var offsets: [Int] = []
        for record in records {
            offsets.append((try? Data(contentsOf: journal.file(of: runID)).count) ?? 0)
            try await journal.append([record], to: runID, sync: false)
        }
        await journal.close(runID)
        let file = journal.file(of: runID)
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[offsets[damaged] + 9] ^= 0x55
        try Data(bytes).write(to: file)

        let error = await #expect(throws: JournalError.self) { try await FileJournal(directory: directory.url).records(of: runID) }
        #expect(error == .corrupted(file: file.path, offset: offsets[damaged]))
        #expect(error?.description.contains(file.path) == true)
        #expect(error?.description.contains("offset \(offsets[damaged])") == true)
        // The damaged file is left as it was for inspection.
        #expect(try [UInt8](Data(contentsOf: file)) == bytes)
    }

    @Test func listingShowsEachRunWithItsFlowAndLastState() async throws {
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let first = RunID()
        let second = RunID()
        try await journal.append(Self.sampleRecords(first) + [.flow(.suspended)], to: first, sync: true)
        var laterHeader = Self.header(second)
        laterHeader.started = Date(timeIntervalSince1970: 2_000)
        try await journal.append([.started(laterHeader), .flow(.running)], to: second, sync: true)
        let runs = try await journal.runs()
        #expect(runs.map(\.runID) == [first, second])
        #expect(runs.map(\.state) == [.suspended, .running])
        #expect(runs.allSatisfy { $0.flow == "create_volume" && $0.updated >= $0.started })
    }
}

@Suite("In-memory journal")
struct InMemoryJournalTests {
    @Test func keepsEachRunsRecordsApart() async throws {
        let journal = InMemoryJournal()
        let (first, second) = (RunID(), RunID())
        try await journal.append(FileJournalTests.sampleRecords(first), to: first, sync: true)
        try await journal.append([.started(FileJournalTests.header(second))], to: second, sync: false)
        try await journal.append([.flow(.running)], to: second, sync: false)
        #expect(try await journal.records(of: first) == FileJournalTests.sampleRecords(first))
        #expect(try await journal.records(of: second) == [.started(FileJournalTests.header(second)), .flow(.running)])
        #expect(try await journal.runs().count == 2)
    }

    @Test func recordsForARunNeverStartedAreRefused() async {
        let runID = RunID()
        await #expect(throws: JournalError.unknownRun(runID)) {
            try await InMemoryJournal().append([.flow(.running)], to: runID, sync: false)
        }
    }
}
