import Testing
import TaskFlow

@Suite struct StreamingListenerTests {
    @Test func streamsEveryEventInOrderAndEndsWhenFinished() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b")]))
        let stream = StreamingListener()
        let recorder = EventRecorder()
        let consumer = Task {
            var lines: [String] = []
            for await event in stream.events { lines.append("\(event.task ?? "flow") \(event.from)->\(event.to)") }
            return lines
        }
        _ = try await Engine(listeners: [stream, recorder]).run(flow, state: ProbeState(), context: Probe())
        stream.finish()
        let streamed = await consumer.value
        #expect(streamed == recorder.lines)
        #expect(streamed.count == 6)
    }

    @Test func aRunDoesNotWaitForTheConsumer() async throws {
        // Nobody consumes the stream while the flow runs; the run still ends, and the events
        // are there afterwards.
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .unordered("u", (0..<50).map { node("t\($0)") }))
        let stream = StreamingListener()
        _ = try await Engine(listeners: [stream]).run(flow, state: ProbeState(), context: Probe())
        stream.finish()
        var count = 0
        for await _ in stream.events { count += 1 }
        #expect(count == 2 + 50 * 2)
    }

    @Test func aBoundedStreamKeepsTheNewestEvents() async throws {
        let flow = try Flow<ProbeState, Probe>(inputs: [], root: .linear("f", [node("a"), node("b")]))
        let stream = StreamingListener(bufferingPolicy: .bufferingNewest(2))
        _ = try await Engine(listeners: [stream]).run(flow, state: ProbeState(), context: Probe())
        stream.finish()
        var kept: [String] = []
        for await event in stream.events { kept.append("\(event.task ?? "flow") \(event.to)") }
        #expect(kept == ["b success", "flow success"])
    }
}
