import Testing
import TaskFlow

/// What a ``TagScope`` sets around each invocation, read by the tasks.
private enum ScopeTag {
    @TaskLocal static var current: String?
}

/// The context of these flows: one log that scopes and tasks append to, in order.
private final class ScopeLog: Sendable {
    private let lines = Locked<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func append(_ line: String) { lines.withLock { $0.append(line) } }
}

/// A scope that logs entering and leaving each invocation and sets ``ScopeTag/current``.
private struct TagScope: TaskExecutionScope {
    var label: String
    var log: ScopeLog

    func receive(_ event: FlowEvent) {}

    nonisolated(nonsending) func withScope(
        of invocation: TaskInvocation, _ body: nonisolated(nonsending) () async throws -> Void
    ) async throws {
        let tag = "\(label):\(invocation.kind.rawValue) \(invocation.task)#\(invocation.index)"
        log.append("enter \(tag)")
        defer { log.append("leave \(tag)") }
        try await ScopeTag.$current.withValue(tag) { try await body() }
    }
}

/// A state with nothing in it, encodable so that the same tasks also run durably.
private struct Nothing: Codable, Sendable {}

private struct Boom: Error, Equatable {}

/// A task that logs what ``ScopeTag/current`` and ``FlowExecution/current`` are while it
/// executes and reverts, and throws when `fails`.
private func task(_ name: String, fails: Bool = false) -> FlowNode<Nothing, ScopeLog> {
    .task(FlowTask(
        TaskMetadata(name: name),
        execute: { _, log in
            log.append("execute \(name) sees \(ScopeTag.current ?? "nothing")"
                + (FlowExecution.current.map { " in \($0.task)" } ?? ""))
            if fails { throw Boom() }
        },
        revert: { _, log, _ in
            log.append("revert \(name) sees \(ScopeTag.current ?? "nothing")")
        }
    ))
}

private func failingFlow() throws -> Flow<Nothing, ScopeLog> {
    try Flow(inputs: [], root: .linear("scoped", [task("a"), task("b", fails: true)]))
}

@Suite struct TaskExecutionScopeTests {
    @Test func wrapsEachExecutionAndRevertAndTheTaskSeesWhatTheScopeSet() async throws {
        let log = ScopeLog()
        let engine = Engine(listeners: [TagScope(label: "s", log: log)])
        let failure = await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try failingFlow(), state: Nothing(), context: log)
        }
        #expect(log.all == [
            "enter s:execute a#0", "execute a sees s:execute a#0", "leave s:execute a#0",
            "enter s:execute b#1", "execute b sees s:execute b#1", "leave s:execute b#1",
            "enter s:revert b#1", "revert b sees s:revert b#1", "leave s:revert b#1",
            "enter s:revert a#0", "revert a sees s:revert a#0", "leave s:revert a#0",
        ])
        // The scope passed the task's error through unchanged.
        #expect(failure?.errors.map(\.task) == ["b"])
        #expect(failure?.errors.first?.error is Boom)
    }

    @Test func severalScopesNestWithTheFirstListenerOutermost() async throws {
        let log = ScopeLog()
        let engine = Engine(listeners: [TagScope(label: "outer", log: log), EventRecorder(), TagScope(label: "inner", log: log)])
        let flow = try Flow<Nothing, ScopeLog>(inputs: [], root: .linear("scoped", [task("a")]))
        _ = try await engine.run(flow, state: Nothing(), context: log)
        #expect(log.all == [
            "enter outer:execute a#0", "enter inner:execute a#0",
            "execute a sees inner:execute a#0",
            "leave inner:execute a#0", "leave outer:execute a#0",
        ])
    }

    @Test func wrapsTasksThatRunConcurrently() async throws {
        let log = ScopeLog()
        let engine = Engine(listeners: [TagScope(label: "s", log: log)])
        let flow = try Flow<Nothing, ScopeLog>(inputs: [], root: .unordered("scoped", [task("a"), task("b"), task("c")]))
        _ = try await engine.run(flow, state: Nothing(), context: log)
        let seen = log.all.filter { $0.hasPrefix("execute") }.sorted()
        #expect(seen == ["execute a sees s:execute a#0", "execute b sees s:execute b#1", "execute c sees s:execute c#2"])
    }

    @Test func wrapsTheTasksOfDurableRunsAroundTheirFlowExecution() async throws {
        let log = ScopeLog()
        let engine = Engine(options: .init(listeners: [TagScope(label: "s", log: log)]))
        await #expect(throws: FlowFailure.self) {
            _ = try await engine.run(try failingFlow(), state: Nothing(), context: log, runID: RunID())
        }
        #expect(log.all.filter { !$0.hasPrefix("enter") && !$0.hasPrefix("leave") } == [
            "execute a sees s:execute a#0 in a", "execute b sees s:execute b#1 in b",
            "revert b sees s:revert b#1", "revert a sees s:revert a#0",
        ])
    }

    @Test(arguments: [false, true])
    func withoutAScopeTasksRunAsBeforeWithTheSameEvents(withPlainListener: Bool) async throws {
        let scopedLog = ScopeLog()
        let scopedEvents = EventRecorder()
        await #expect(throws: FlowFailure.self) {
            _ = try await Engine(listeners: [scopedEvents, TagScope(label: "s", log: scopedLog)])
                .run(try failingFlow(), state: Nothing(), context: scopedLog)
        }

        let log = ScopeLog()
        let events = EventRecorder()
        await #expect(throws: FlowFailure.self) {
            _ = try await Engine(listeners: withPlainListener ? [events] : [])
                .run(try failingFlow(), state: Nothing(), context: log)
        }
        #expect(log.all == [
            "execute a sees nothing", "execute b sees nothing",
            "revert b sees nothing", "revert a sees nothing",
        ])
        if withPlainListener { #expect(events.lines == scopedEvents.lines) }
    }
}
