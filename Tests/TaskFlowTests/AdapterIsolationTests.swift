import Foundation
import Testing
import TaskFlow

/// A plain `async` adapter (not `nonisolated(nonsending)`), as flows written before
/// `FlowTask.Execute` became `nonisolated(nonsending)` declare them. Referenced unqualified: Swift
/// 6.3.1 crashes converting a qualified reference (`Type.function`) or one in a stored
/// property's initializer.
private func plainIncrement(_ store: FlowStore<AdapterIsolationTests.CountState>, _ context: Void) async throws {
    let count = try store.read { try requireSymbol($0.count, "count") }
    store.write { $0.count = count + 1 }
}

/// The adapter shape taskflow-gen emits.
private nonisolated(nonsending) func nonsendingIncrement(
    _ store: FlowStore<AdapterIsolationTests.CountState>, _ context: Void
) async throws {
    let count = try store.read { try requireSymbol($0.count, "count") }
    store.write { $0.count = count + 1 }
}

/// `FlowTask.Execute` is `nonisolated(nonsending)`: how adapters of either kind are called.
@Suite struct AdapterIsolationTests {
    struct CountState: Sendable {
        var count: Int?
        var ranOnMainThread: Bool?
    }

    @Test func plainAndNonsendingAdaptersBothRunInOneFlow() async throws {
        let flow = try Flow<CountState, Void>(inputs: ["count"], root: .linear("f", [
            .task(FlowTask(TaskMetadata(name: "plain", requires: ["count"], provides: ["count"]), execute: plainIncrement)),
            .task(FlowTask(
                TaskMetadata(name: "nonsending", requires: ["count"], provides: ["count"]), execute: nonsendingIncrement
            )),
        ]))
        let final = try await Engine().run(flow, state: CountState(count: 40))
        #expect(final.count == 42)
    }

    @MainActor
    @Test func anInlineAdapterDoesNotRunOnTheCallersActor() async throws {
        let flow = try Flow<CountState, Void>(inputs: [], root: .linear("f", [
            .task(FlowTask(TaskMetadata(name: "where", provides: ["ranOnMainThread"]), execute: { store, _ in
                let onMain = Thread.isMainThread
                store.write { $0.ranOnMainThread = onMain }
            })),
        ]))
        let final = try await Engine().run(flow, state: CountState())
        #expect(final.ranOnMainThread == false)
    }
}
