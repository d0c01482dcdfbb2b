import Testing
@testable import TaskFlowGenerator

/// A flow declared on a `public` or `package` type gets a generated API of that level, and the
/// types that API names must have it too.
@Suite struct AccessLevelTests {
    /// A flow with an input, an output, a context and an owner, every type public.
    static let publicSource = """
        public struct Item: Sendable { public var price: Int }
        public struct Till: Sendable {}
        public final class Ledger: Sendable {
            /// - Task: record
            ///   - provides: receipt
            func record(context: Till, total: Int) -> Receipt { Receipt() }
        }
        public struct Receipt: Sendable {}

        /// - Task: price
        ///   - provides: total
        func price(context: Till, items: [Item]) -> Int { items.count }

        /// - Flow: checkout
        ///   - tasks: price, record
        public enum Checkout {}
        """

    @Test func aPublicFlowGetsAPublicAPIAndKeepsItsStateInternal() throws {
        let result = checkSource(Self.publicSource)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.module.flows.first).flow.access == .public)
        let text = emitSwift(result.module)
        for expected in [
            "    public struct Inputs: Sendable {\n        public var items: [Item]\n\n        public init(items: [Item]) {",
            "    public struct Outputs: Sendable {\n        public let total: Int\n        public let receipt: Receipt\n\n"
                + "        public init(total: Int, receipt: Receipt) {\n            self.total = total\n",
            "    public static let metadata = FlowMetadata(",
            "    public static let diagram = \"\"\"",
            "    public static func run(\n        _ inputs: Inputs,\n        context: Till,\n        ledger: Ledger,",
            "    struct State: Sendable {",
            "    static func makeFlow(ledger: Ledger) -> Flow<State, Till> {",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("public struct State"))
        #expect(!text.contains("public static func makeFlow"))
    }

    @Test func aPackageFlowGetsAPackageAPIWithAnInitialiserForEmptyOutputs() {
        let source = """
            package struct Item: Sendable {}

            /// - Task: check
            func check(item: Item) {}

            /// - Flow: audit
            ///   - tasks: check
            package struct Audit {}
            """
        let result = checkSource(source)
        #expect(result.diagnostics.isEmpty)
        let text = emitSwift(result.module)
        #expect(text.contains("    package struct Inputs: Sendable {\n        package var item: Item\n"))
        #expect(text.contains("    package struct Outputs: Sendable {\n        package init() {}\n    }\n"))
        #expect(text.contains("    package static func run("))
    }

    @Test func anInternalFlowsAPIHasNoAccessModifier() {
        let text = emitSwift(checkSource(Self.publicSource.replacingOccurrences(of: "public enum Checkout", with: "enum Checkout")).module)
        #expect(!text.contains("public "))
        #expect(text.contains("    struct Outputs: Sendable {\n        let total: Int\n        let receipt: Receipt\n    }\n"))
    }

    @Test func aPublicFlowInsideAnInternalTypeIsInternal() throws {
        let source = Self.publicSource
            .replacingOccurrences(of: "public enum Checkout {}", with: "enum Shop {\n    public enum Checkout {}\n}")
            .replacingOccurrences(of: "public struct Item", with: "struct Item")
        let result = checkSource(source)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.module.flows.first).flow.access == .internal)
        #expect(!emitSwift(result.module).contains("public struct Inputs"))
    }

    @Test(arguments: [
        ("public struct Item", "struct Item", "input 'items' has type '[Item]' and 'Item' is internal; make 'Item' public", "Item", 1),
        ("public struct Receipt", "struct Receipt", "output 'receipt' has type 'Receipt' and 'Receipt' is internal; make 'Receipt' public", "Receipt", 8),
        ("public struct Till", "fileprivate struct Till", "the context has type 'Till' and 'Till' is fileprivate; make 'Till' public", "Till", 2),
        ("public final class Ledger", "final class Ledger", "the owner 'ledger' has type 'Ledger' and 'Ledger' is internal; make 'Ledger' public", "Ledger", 3),
    ])
    func aTypeOfTheAPIBelowTheFlowsLevelIsReportedAtTheFlowWithANoteAtTheType(
        _ declared: String, _ replacement: String, _ problem: String, _ type: String, _ line: Int
    ) throws {
        let result = checkSource(Self.publicSource.replacingOccurrences(of: declared, with: replacement))
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location.line == 14)
        #expect(diagnostic.message == "flow 'checkout' is public, and so is its generated API, but \(problem)"
            + ", or the flow's type \(problem.hasSuffix("fileprivate; make 'Till' public") ? "fileprivate" : "internal")")
        #expect(diagnostic.notes.map(\.message) == ["'\(type)' is declared here"])
        #expect(diagnostic.notes.map(\.location.line) == [line])
    }

    @Test func aPackageFlowAsksForPackageOrPublic() {
        let source = """
            struct Item: Sendable {}

            /// - Task: check
            ///   - provides: verdict
            func check(item: Item) -> [String: Item] { [:] }

            /// - Flow: audit
            ///   - tasks: check
            package enum Audit {}
            """
        #expect(diagnosticLines(source) == [
            "7:5: flow 'audit' is package, and so is its generated API, but input 'item' has type 'Item' and 'Item'"
                + " is internal; make 'Item' package or public, or the flow's type internal",
        ])
    }

    @Test(arguments: [
        // In a generic argument; a nested type below its public name.
        ("public struct Item: Sendable {}\npublic enum Kinds { struct Part: Sendable {} }", "[String: Kinds.Part]", ["Kinds.Part"]),
        ("enum Kinds { public struct Part: Sendable {} }", "(Kinds.Part, Int)?", ["Kinds.Part"]),
        // Declared in an extension that states an access level: not reported (cannot tell).
        ("public enum Kinds {}\npublic extension Kinds { struct Part: Sendable {} }", "Kinds.Part", []),
        // A typealias or another module's type: left to the compiler.
        ("typealias Part = Int", "Part", []),
        ("", "Foundation.Date", []),
        ("public enum Kinds { package struct Part: Sendable {} }", "Kinds.Part", ["Kinds.Part"]),
    ])
    func typesAreResolvedThroughTheWholeTypeAndOnlyWhenTheGeneratorCanTell(
        _ declarations: String, _ type: String, _ reported: [String]
    ) {
        let source = """
            \(declarations)

            /// - Task: make
            ///   - provides: part
            func make() -> \(type) { fatalError() }

            /// - Flow: build
            ///   - tasks: make
            public enum Build {}
            """
        let culprits = checkSource(source).diagnostics.compactMap { diagnostic -> String? in
            guard let start = diagnostic.message.range(of: "make '")?.upperBound else { return nil }
            return String(diagnostic.message[start...].prefix { $0 != "'" })
        }
        #expect(culprits == reported)
    }

    @Test(arguments: [
        (["public"], AccessLevel.public), (["open"], .public), (["final", "package"], .package),
        (["internal"], .internal), (["fileprivate"], .fileprivate), (["private"], .private),
    ])
    func theLevelIsTheModifierWritten(_ modifiers: [String], _ level: AccessLevel) {
        #expect(AccessLevel(modifiers: modifiers) == level)
    }

    @Test func noModifierStatesNoLevel() {
        #expect(AccessLevel(modifiers: ["final", "nonisolated"]) == nil)
        #expect(AccessLevel.package < .public)
        #expect(AccessLevel.internal < .package)
    }
}
