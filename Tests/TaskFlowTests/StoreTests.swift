import Testing
import TaskFlow

@Suite struct FlowStoreTests {
    struct State: Sendable { var size: Int? }

    @Test func readsWhatWasWritten() throws {
        let store = FlowStore(State())
        store.write { $0.size = 3 }
        #expect(try store.read { try requireSymbol($0.size, "size") } == 3)
    }

    @Test func missingRequiredSymbolThrowsNamingIt() {
        let store = FlowStore(State())
        #expect(throws: MissingSymbolError(symbol: "size")) {
            try store.read { try requireSymbol($0.size, "size") }
        }
    }
}
