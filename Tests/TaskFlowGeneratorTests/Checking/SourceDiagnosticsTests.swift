import Testing
import TaskFlowGenerator

/// Every kind of error, from Swift source text through the real reader, asserting the file, line,
/// column and message a user sees (`path:line:column: severity: message`).
@Suite struct SourceDiagnosticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var expected: [String]
        var testDescription: String { name }
    }

    static func diagnostics(of source: String) -> [String] {
        let file = readDeclarations(in: SourceFile(path: "Sources/App/Flows.swift", text: source))
        return checkModule(named: "App", files: [file]).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    static let annotationCases: [Case] = [
        Case(name: "unknown key", source: """
            /// - Task: t
            ///   - requiers: x
            func t(x: Int) {}
            """, expected: ["2:9: error: unknown key 'requiers' in '- Task:'; did you mean 'requires'?"]),
        Case(name: "duplicate key", source: """
            /// - Task: t
            ///   - version: 1.0
            ///   - version: 2.0
            func t() {}
            """, expected: ["3:9: error: duplicate key 'version'; give each key once"]),
        Case(name: "indented line that is no key", source: """
            /// - Task: t
            ///   requires x
            func t(x: Int) {}
            """, expected: ["2:7: error: a line indented under '- Task:' must be a '- key: value' item (keys: requires, provides, version, revert)"]),
        Case(name: "malformed version", source: """
            /// - Task: t
            ///   - version: 1
            func t() {}
            """, expected: ["2:18: error: malformed version '1'; write MAJOR.MINOR, e.g. 1.0"]),
        Case(name: "empty list element", source: """
            /// - Task: t
            ///   - requires: a,,b
            func t(a: Int, b: Int) {}
            """, expected: ["2:21: error: 'requires' has an empty element; remove the extra comma"]),
        Case(name: "symbol that is no identifier", source: """
            /// - Task: t
            ///   - provides: size-in-gb
            func t() -> Int { 0 }
            """, expected: ["2:19: error: 'size-in-gb' is not a valid symbol name; symbols are Swift identifiers"]),
        Case(name: "annotation in a code block is not read", source: """
            /// ```
            /// - Task: example
            ///   - bogus: 1
            /// ```
            func t() {}
            """, expected: []),
    ]

    static let taskCases: [Case] = [
        Case(name: "requires naming no parameter", source: """
            /// - Task: t
            ///   - requires: sise
            func t(size: Int) {}
            """, expected: ["2:19: error: 'sise' is not a parameter of 't(size:)'; did you mean 'size'?"]),
        Case(name: "requires context", source: """
            /// - Task: t
            ///   - requires: context
            func t(context: Int) {}
            """, expected: ["2:19: error: 'context' is not a symbol: the engine passes the flow's context to a parameter named 'context'; remove it from 'requires'"]),
        Case(name: "unnamed parameter", source: """
            /// - Task: t
            func t(_: Int) {}
            """, expected: ["2:8: error: task 't': a parameter of 't' has no name; name it (e.g. '_ value: Int') — the name is the symbol it requires"]),
        Case(name: "inout parameter", source: """
            /// - Task: t
            func t(count: inout Int) {}
            """, expected: ["2:8: error: task 't': parameter 'count' is 'inout'; a task cannot change the flow's values in place — return the new value and list it in 'provides'"]),
        Case(name: "variadic parameter", source: """
            /// - Task: t
            func t(ids: Int...) {}
            """, expected: ["2:8: error: task 't': parameter 'ids' is variadic; take an array instead"]),
        Case(name: "generic function", source: """
            /// - Task: t
            func t<T>(value: T) {}
            """, expected: ["1:5: error: task 't': 't' is generic; generated code cannot choose its type arguments — wrap it in a non-generic function"]),
        Case(name: "private function", source: """
            /// - Task: t
            private func t() {}
            """, expected: ["1:5: error: task 't': 't' is 'private'; generated code lives in another file — make it internal"]),
        Case(name: "mutating method", source: """
            struct Counter {
                /// - Task: t
                mutating func t() {}
            }
            """, expected: ["2:9: error: task 't': 't' is 'mutating'; generated code calls it on a copy of its owner — make it non-mutating (keep shared state in a class or actor)"]),
        Case(name: "provides on Void", source: """
            /// - Task: t
            ///   - provides: x
            func t() {}
            """, expected: ["2:9: error: task 't' returns nothing, so it cannot provide 'x'; return a value or remove 'provides'"]),
        Case(name: "provides not fitting the return type", source: """
            /// - Task: t
            ///   - provides: a, b
            func t() -> Int { 0 }
            """, expected: ["2:9: error: task 't' provides 2 symbols, so it must return a tuple of 2 elements; it returns 'Int' (not a tuple)"]),
        Case(name: "provides not matching tuple labels", source: """
            /// - Task: t
            ///   - provides: id, nmae
            func t() -> (id: Int, name: String) { (0, "") }
            """, expected: ["2:23: error: 'nmae' matches no element of '(id:Int,name:String)'; the labels are 'id', 'name'"]),
        Case(name: "missing revert", source: """
            /// - Task: t
            ///   - revert: undo
            func t() {}
            """, expected: ["2:17: error: task 't': no function 'undo' at the top level; a revert must be declared in the same scope as its task"]),
        Case(name: "revert whose parameters cannot be satisfied", source: """
            /// - Task: t
            ///   - revert: undo
            func t(size: Int) -> Int { size }
            func undo(result: String) {}
            """, expected: ["2:17: error: task 't': revert 'undo(result:)' cannot be called: 'result' must have the task's return type 'Int' or 'Int?', not 'String'"]),
        Case(name: "duplicate task names", source: """
            /// - Task: same
            func a() {}
            /// - Task: same
            func b() {}
            """, expected: [
                "1:13: error: duplicate task name 'same'; task names are unique in a module (even in exclusive '#if' branches) — rename one",
                "3:13: error: duplicate task name 'same'; task names are unique in a module (even in exclusive '#if' branches) — rename one",
            ]),
        Case(name: "task on a type", source: """
            /// - Task: t
            struct T {}
            """, expected: ["1:5: error: '- Task:' goes on a func, not on a struct; annotate the function the task calls"]),
        Case(name: "task on an initializer", source: """
            struct T {
                /// - Task: t
                init() {}
            }
            """, expected: ["2:9: error: '- Task:' goes on a func, not on 'init'; move the work into a function and annotate it"]),
    ]

    static let flowCases: [Case] = [
        Case(name: "unknown task", source: """
            /// - Task: reserve_quota
            func reserve() {}
            /// - Flow: f
            ///   - tasks: reserve_qouta
            enum F {}
            """, expected: ["4:16: error: unknown task or flow 'reserve_qouta'; did you mean 'reserve_quota'?"]),
        Case(name: "flow nesting itself", source: """
            /// - Flow: a
            ///   - tasks: B
            enum A {}
            /// - Flow: b
            ///   - tasks: A
            enum B {}
            """, expected: ["5:16: error: flow 'a' nests itself: a → b → a"]),
        Case(name: "unknown pattern", source: """
            /// - Task: t
            func t() {}
            /// - Flow: f
            ///   - tasks: t
            ///   - pattern: parallel
            enum F {}
            """, expected: ["5:18: error: unknown pattern 'parallel'; expected linear, unordered or graph"]),
        Case(name: "link outside a graph flow", source: """
            /// - Task: a
            func a() {}
            /// - Task: b
            func b() {}
            /// - Flow: f
            ///   - tasks: a, b
            ///   - link: a -> b
            enum F {}
            """, expected: ["7:9: error: 'link' is only valid in graph flows; flow 'f' is linear — use '- pattern: graph' or remove the link"]),
        Case(name: "flow on a protocol", source: """
            /// - Flow: f
            ///   - tasks: t
            protocol P {}
            """, expected: [
                "1:5: error: '- Flow:' goes on a struct, enum, class or actor (usually an empty enum), not on a protocol",
                "2:16: error: unknown task or flow 't'; name a task, a function carrying '- Task:', or a type carrying '- Flow:'",
            ]),
    ]

    static let dataFlowCases: [Case] = [
        Case(name: "linear: requirement provided only later", source: """
            /// - Task: use
            func use(size: Int) {}
            /// - Task: make
            ///   - provides: size
            func make() -> Int { 1 }
            /// - Flow: f
            ///   - tasks: use, make
            enum F {}
            """, expected: ["7:16: error: 'use' requires 'size', which only the later child 'make' provides; in a linear flow, list 'make' first"]),
        Case(name: "linear: symbol provided twice", source: """
            /// - Task: a
            ///   - provides: x
            func a() -> Int { 1 }
            /// - Task: b
            ///   - provides: x
            func b() -> Int { 2 }
            /// - Flow: f
            ///   - tasks: a, b
            enum F {}
            """, expected: ["8:19: error: 'b' provides 'x' a second time, replacing what 'a' provided; rename one, or require it to transform the earlier value"]),
        Case(name: "unordered: sibling consuming an output", source: """
            /// - Task: a
            ///   - provides: x
            func a() -> Int { 1 }
            /// - Task: b
            func b(x: Int) {}
            /// - Flow: f
            ///   - tasks: a, b
            ///   - pattern: unordered
            enum F {}
            """, expected: ["7:19: error: 'b' reads 'x', which its sibling 'a' provides; children of an unordered flow run concurrently — use a linear or graph flow"]),
        Case(name: "unordered: two providers", source: """
            /// - Task: a
            ///   - provides: x
            func a() -> Int { 1 }
            /// - Task: b
            ///   - provides: x
            func b() -> Int { 2 }
            /// - Flow: f
            ///   - tasks: a, b
            ///   - pattern: unordered
            enum F {}
            """, expected: ["8:19: error: 'b' and 'a' both provide 'x'; children of an unordered flow run concurrently, so one value would be lost — rename one"]),
        Case(name: "graph: cycle", source: """
            /// - Task: a
            ///   - provides: x
            func a(y: Int) -> Int { y }
            /// - Task: b
            ///   - provides: y
            func b(x: Int) -> Int { x }
            /// - Flow: f
            ///   - tasks: a, b
            ///   - pattern: graph
            enum F {}
            """, expected: ["8:16: error: flow 'f' has a cycle: 'a', 'b' wait for each other"]),
        Case(name: "provider type differing from the consumer's", source: """
            /// - Task: a
            ///   - provides: size
            func a() -> String { "" }
            /// - Task: b
            func b(size: Int) {}
            /// - Flow: f
            ///   - tasks: a, b
            enum F {}
            """, expected: ["7:19: error: 'b' reads 'size' as 'Int' but 'a' provides it as 'String'"]),
        Case(name: "types only the compiler can compare", source: """
            typealias Size = Int
            /// - Task: a
            ///   - provides: size
            func a() -> Size { 1 }
            /// - Task: b
            func b(size: Int) {}
            /// - Flow: f
            ///   - tasks: a, b
            enum F {}
            """, expected: ["8:19: note: 'b' reads 'size' as 'Int' and 'a' provides it as 'Size'; the generator cannot tell whether these are the same type (a typealias or a type from another module), so the generated code lets the compiler check it"]),
        Case(name: "mismatched context types", source: """
            struct Request {}
            struct Admin {}
            /// - Task: a
            func a(context: Request) {}
            /// - Task: b
            func b(context: Admin) {}
            /// - Flow: f
            ///   - tasks: a, b
            enum F {}
            """, expected: ["8:19: error: 'b' takes context 'Admin' but 'a' takes 'Request'; all tasks of a flow (and its nested flows and reverts) share one context type"]),
    ]

    @Test(arguments: annotationCases)
    func reportsAnnotationErrorsWhereTheyAreWritten(_ example: Case) {
        #expect(Self.diagnostics(of: example.source) == example.expected)
    }

    @Test(arguments: taskCases)
    func reportsTaskErrorsWhereTheyAreWritten(_ example: Case) {
        #expect(Self.diagnostics(of: example.source) == example.expected)
    }

    @Test(arguments: flowCases)
    func reportsFlowErrorsWhereTheyAreWritten(_ example: Case) {
        #expect(Self.diagnostics(of: example.source) == example.expected)
    }

    @Test(arguments: dataFlowCases)
    func reportsWiringErrorsAtTheChild(_ example: Case) {
        #expect(Self.diagnostics(of: example.source) == example.expected)
    }

    @Test func reportsEveryErrorOfARunSortedByFileAndLine() {
        let files = [
            readDeclarations(in: SourceFile(path: "B.swift", text: "/// - Task: b\n///   - version: x\nfunc b() {}\n")),
            readDeclarations(in: SourceFile(path: "A.swift", text: "/// - Task: a\n///   - bogus: 1\n///   - version: y\nfunc a() {}\n")),
        ]
        let diagnostics = checkModule(named: "M", files: files).diagnostics
        #expect(diagnostics.map { "\($0.location)" } == ["A.swift:2:9", "A.swift:3:18", "B.swift:2:18"])
    }
}
