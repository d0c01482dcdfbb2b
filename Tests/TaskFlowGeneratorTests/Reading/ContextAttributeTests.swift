import Testing
@testable import TaskFlowGenerator

/// A global actor on an extension isolates what it declares, so the reader passes an extension's
/// (or type's) attributes on to the functions declared directly in it.
@Suite struct ContextAttributeTests {
    @Test func functionsInAnAttributedExtensionCarryItsAttributesAndNoOthersDo() {
        let file = read("""
            @MainActor
            extension Model {
                static func shown() {}
                func local() { func inner() {} }
            }
            struct Plain { func free() {} }
            func topLevel() {}
            """)
        let attributes = Dictionary(uniqueKeysWithValues: file.functions.map { ($0.name, $0.contextAttributes) })
        #expect(attributes == ["shown": ["@MainActor"], "local": ["@MainActor"], "inner": [], "free": [], "topLevel": []])
    }
}
