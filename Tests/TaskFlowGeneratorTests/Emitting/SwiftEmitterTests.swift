import Testing
import TaskFlowGenerator

@Suite struct SwiftEmitterTests {
    @Test func printsTheExample() {
        print(emitSwift(ExampleModule.module))
    }
}
