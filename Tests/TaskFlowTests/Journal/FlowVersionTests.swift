import Foundation
import Testing
@testable import TaskFlow

@Suite("Flow versions in journals")
struct FlowVersionTests {
    @Test func aRunRecordedByAnotherMajorFlowVersionIsRefusedNamingTheFlowAndBothVersions() async throws {
        let (runID, records) = try await DurableRunTests.completeRecords()
        let engine = Engine(options: .init(journal: try await journal(withFirst: 6, of: records, runID: runID)))
        var newer = try durableLinearFlow()
        newer.version = TaskVersion(major: 2, minor: 0)
        let error = await #expect(throws: FlowFailure.self) {
            try await engine.resume(newer, runID: runID, context: DurableProbe())
        }?.journalError
        #expect(error == .incompatibleFlowVersion(flow: "tally", journaled: TaskVersion(major: 1), current: TaskVersion(major: 2)))
        #expect(error?.description == "flow 'tally' is version 2.0 but the run was recorded by version 1.0; a run is only resumed by the same major version")
    }

    @Test func aRunRecordedByAnotherMinorFlowVersionResumes() async throws {
        let (runID, records) = try await DurableRunTests.completeRecords()
        let engine = Engine(options: .init(journal: try await journal(withFirst: 6, of: records, runID: runID)))
        var newer = try durableLinearFlow()
        newer.version = TaskVersion(major: 1, minor: 4)
        #expect(try await engine.resume(newer, runID: runID, context: DurableProbe()) == DurableRunTests.expected)
    }

    @Test func aRunRecordsItsFlowsVersionInItsHeader() async throws {
        let journal = InMemoryJournal()
        let engine = Engine(options: .init(journal: journal))
        var flow = try durableLinearFlow()
        flow.version = TaskVersion(major: 3, minor: 2)
        let runID = RunID()
        _ = try await engine.run(flow, state: Tally(), context: DurableProbe(), runID: runID)
        guard case .started(let header)? = try await journal.records(of: runID).first else {
            Issue.record("the run has no header")
            return
        }
        #expect(header.flowVersion == TaskVersion(major: 3, minor: 2))
    }

    @Test func aGeneratedFlowTakesItsVersionFromItsMetadata() {
        let metadata = FlowMetadata(
            name: "tally", typeName: "Tally", pattern: .linear, version: TaskVersion(major: 4, minor: 1),
            inputs: [], outputs: ["a"], tasks: [])
        let flow = Flow<Tally, DurableProbe>(metadata: metadata, root: .linear("tally", [durableTask("a")]))
        #expect(flow.version == TaskVersion(major: 4, minor: 1))
    }

    @Test func theHeaderKeepsTheFlowVersionOnDisk() throws {
        let header = RunHeader(
            runID: RunID(), flow: "tally", tasks: [JournaledTask(name: "a", version: .initial)],
            started: Date(timeIntervalSince1970: 5), initialState: Data("{}".utf8), flowVersion: TaskVersion(major: 7, minor: 3))
        var bytes: [UInt8] = []
        JournalRecord.started(header).encode(into: &bytes)
        let decoded = bytes.withUnsafeBytes { JournalRecord.decode($0) }
        #expect(decoded == .started(header))
    }

    @Test func aHeaderWrittenBeforeFlowsHadVersionsReadsAsVersionOneZero() throws {
        let header = RunHeader(
            runID: RunID(), flow: "tally", tasks: [JournaledTask(name: "a", version: .initial)],
            started: Date(timeIntervalSince1970: 5), initialState: Data("{}".utf8), flowVersion: TaskVersion(major: 7, minor: 3))
        var bytes: [UInt8] = []
        JournalRecord.started(header).encode(into: &bytes)
        let older = Array(bytes.dropLast(8))
        let decoded = older.withUnsafeBytes { JournalRecord.decode($0) }
        var expected = header
        expected.flowVersion = .initial
        #expect(decoded == .started(expected))
    }

    @Test func aHeaderEncodedAsJSONWithoutAFlowVersionDecodesAsVersionOneZero() throws {
        let header = RunHeader(
            runID: RunID(), flow: "tally", tasks: [], started: Date(timeIntervalSince1970: 5),
            flowVersion: TaskVersion(major: 2, minor: 0))
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(header)) as? [String: Any])
        #expect(object.removeValue(forKey: "flowVersion") != nil)
        let decoded = try JSONDecoder().decode(RunHeader.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.flowVersion == .initial)
        #expect(decoded.flow == "tally")
    }
}
