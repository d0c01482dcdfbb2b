import Foundation
import Testing
@testable import TaskFlow

/// A durable run records its flow's shape — tasks, order, links — in its header, and resumes
/// only under a flow of the same shape; a changed one is refused, naming what changed.
@Suite("Flow structure in journals")
struct FlowStructureTests {
    /// `names` as a graph flow of durable probe tasks with `links`.
    static func graph(_ names: [String], links: [(String, String)] = []) throws -> Flow<Tally, DurableProbe> {
        try Flow(inputs: [], root: .graph("tally", links: links.map { FlowLink(from: $0.0, to: $0.1) }, names.map { durableTask($0) }))
    }

    /// A journal holding a run of `flow` interrupted after its third record, and the run's id.
    static func interruptedRun(of flow: Flow<Tally, DurableProbe>) async throws -> (InMemoryJournal, RunID) {
        let full = InMemoryJournal()
        let runID = RunID()
        _ = try await Engine(options: .init(journal: full)).run(flow, state: Tally(), context: DurableProbe(), runID: runID)
        let records = try await full.records(of: runID)
        return (try await journal(withFirst: 3, of: records, runID: runID), runID)
    }

    static func refusal(
        recordedBy old: Flow<Tally, DurableProbe>, resumedBy new: Flow<Tally, DurableProbe>
    ) async throws -> JournalError? {
        let (journal, runID) = try await interruptedRun(of: old)
        return await #expect(throws: FlowFailure.self) {
            try await Engine(options: .init(journal: journal)).resume(new, runID: runID, context: DurableProbe())
        }?.journalError
    }

    @Test func theHeaderRecordsEveryLinkOfTheFlow() async throws {
        let (journal, runID) = try await Self.interruptedRun(of: try durableLinearFlow())
        guard case .started(let header)? = try await journal.records(of: runID).first else {
            Issue.record("no header")
            return
        }
        #expect(header.links == [JournaledLink(from: 0, to: 1), JournaledLink(from: 1, to: 2), JournaledLink(from: 2, to: 3)])
    }

    @Test func theLinksSurviveAFileJournal() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let journal = try FileJournal(directory: directory.url)
        let runID = RunID()
        _ = try await Engine(options: .init(journal: journal)).run(
            try Self.graph(["a", "b", "c"], links: [("a", "c"), ("b", "c")]), state: Tally(), context: DurableProbe(), runID: runID)
        let reopened = try FileJournal(directory: directory.url)
        guard case .started(let header)? = try await reopened.records(of: runID).first else {
            Issue.record("no header")
            return
        }
        #expect(header.links == [JournaledLink(from: 0, to: 2), JournaledLink(from: 1, to: 2)])
    }

    @Test func aTaskAddedOrRemovedIsNamed() async throws {
        let added = try await Self.refusal(recordedBy: try Self.graph(["a", "b"]), resumedBy: try Self.graph(["a", "b", "c"]))
        #expect(added?.changes == ["task 'c' added"])
        let removed = try await Self.refusal(recordedBy: try Self.graph(["a", "b", "c"]), resumedBy: try Self.graph(["a", "c"]))
        #expect(removed?.changes == ["task 'b' removed"])
    }

    @Test func tasksReorderedAreNamedWithTheLinksThatMoved() async throws {
        let error = try await Self.refusal(
            recordedBy: try durableLinearFlow(),
            resumedBy: try Flow(inputs: [], root: .linear("tally", ["a", "c", "b", "d"].map { durableTask($0) })))
        #expect(error?.changes == [
            "tasks reordered: a, b, c, d → a, c, b, d",
            "link 'a' → 'b' removed", "link 'b' → 'c' removed", "link 'c' → 'd' removed",
            "link 'a' → 'c' added", "link 'c' → 'b' added", "link 'b' → 'd' added",
        ])
        #expect(error?.description.hasPrefix("flow 'tally' changed shape since run ") == true)
    }

    @Test func aRelinkedGraphIsRefusedNamingTheLinks() async throws {
        let error = try await Self.refusal(
            recordedBy: try Self.graph(["a", "b", "c"], links: [("a", "c")]),
            resumedBy: try Self.graph(["a", "b", "c"], links: [("b", "c")]))
        #expect(error?.changes == ["link 'a' → 'c' removed", "link 'b' → 'c' added"])
    }

    @Test func theSameShapeResumes() async throws {
        let flow = try Self.graph(["a", "b", "c"], links: [("a", "c")])
        let (journal, runID) = try await Self.interruptedRun(of: flow)
        let final = try await Engine(options: .init(journal: journal)).resume(flow, runID: runID, context: DurableProbe())
        #expect(final.values.keys.sorted() == ["a", "b", "c"])
    }

    @Test func aHeaderWithoutLinksIsComparedByItsTasksAndTheirOrder() throws {
        let header = RunHeader(
            runID: RunID(), flow: "tally", tasks: ["a", "b"].map { JournaledTask(name: $0, version: .initial) },
            started: Date(timeIntervalSince1970: 1_000))
        let records: [JournalRecord] = [.started(header), .flow(.running)]
        let tasks = [TaskMetadata(name: "a"), TaskMetadata(name: "b")]
        #expect(throws: Never.self) {
            try RunReplay(records, runID: header.runID, flow: "tally", tasks: tasks, links: [JournaledLink(from: 1, to: 0)])
        }
        #expect(throws: JournalError.self) {
            try RunReplay(records, runID: header.runID, flow: "tally", tasks: tasks.reversed(), links: [])
        }
        var recorded = [UInt8]()
        JournalRecord.started(header).encode(into: &recorded)
        let decoded = recorded.withUnsafeBytes { JournalRecord.decode($0) }
        #expect(decoded == .started(header), "a header without links reads back without them")
    }
}

extension JournalError {
    /// What a structural refusal lists.
    var changes: [String]? {
        if case .structureChanged(_, _, let changes) = self { return changes }
        return nil
    }
}
