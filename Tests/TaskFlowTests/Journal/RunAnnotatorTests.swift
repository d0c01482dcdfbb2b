import Foundation
import Testing
@testable import TaskFlow

/// Listeners that annotate a durable run record values in its header when it starts and get
/// them back when it resumes.
@Suite struct RunAnnotatorTests {
    /// Records `trace` = a value per run, and what it is told.
    final class Annotator: RunAnnotator {
        let told = Locked<[String]>([])
        let key: String
        let value: String
        init(key: String = "trace", value: String) {
            self.key = key
            self.value = value
        }
        func receive(_ event: FlowEvent) {
            if event.task == nil { told.withLock { $0.append("event \(event.to)") } }
        }
        func annotations(forStarting runID: RunID, flow: String) -> [String: String] {
            told.withLock { $0.append("starting \(flow)") }
            return [key: value]
        }
        func runDidNotStart(_ runID: RunID, error: any Error) {
            told.withLock { $0.append("did not start") }
        }
        func resuming(_ runID: RunID, flow: String, annotations: [String: String]) {
            told.withLock { $0.append("resuming \(flow) \(annotations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })") }
        }
    }

    @Test func annotationsAreRecordedAtTheStartAndHandedBackOnResume() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let first = Annotator(value: "abc")
        let runID = RunID()
        let starting = Engine(options: .init(listeners: [first, Annotator(key: "other", value: "x")], journal: try FileJournal(directory: directory.url)))
        let suspending = DurableProbe { name in if name == "b" { starting.suspend(runID) } }
        _ = try? await starting.run(durableLinearFlow(), state: Tally(), context: suspending, runID: runID)
        #expect(first.told.withLock { $0 }.prefix(2) == ["starting tally", "event running"])

        // Another process: a new journal over the same directory, a new listener.
        let later = Annotator(value: "unused")
        let resuming = Engine(options: .init(listeners: [later], journal: try FileJournal(directory: directory.url)))
        _ = try await resuming.resume(durableLinearFlow(), runID: runID, context: DurableProbe())
        #expect(later.told.withLock { $0 }.prefix(3) == [
            "resuming tally [\"other=x\", \"trace=abc\"]", "event resuming", "event running",
        ])
    }

    @Test func anAnnotatorLearnsWhenTheRunCouldNotStart() async throws {
        let journal = InMemoryJournal()
        let runID = RunID()
        _ = try await Engine(options: .init(journal: journal)).run(durableLinearFlow(), state: Tally(), context: DurableProbe(), runID: runID)
        let annotator = Annotator(value: "abc")
        let failure = await #expect(throws: FlowFailure.self) {
            try await Engine(options: .init(listeners: [annotator], journal: journal))
                .run(durableLinearFlow(), state: Tally(), context: DurableProbe(), runID: runID)
        }
        #expect(failure?.journalError == .runExists(runID))
        #expect(annotator.told.withLock { $0 } == ["starting tally", "did not start"])
    }

    @Test func aHeaderWithAnnotationsReadsBackWithThem() {
        let header = RunHeader(
            runID: RunID(), flow: "f", tasks: [JournaledTask(name: "a", version: .initial)],
            started: Date(timeIntervalSince1970: 7), annotations: ["traceparent": "00-abc-def-01", "b": ""])
        var bytes = [UInt8]()
        JournalRecord.started(header).encode(into: &bytes)
        let decoded = bytes.withUnsafeBytes { JournalRecord.decode($0) }
        var expected = header
        expected.links = []
        #expect(decoded == .started(expected), "annotations without links read back with no links")
    }
}
