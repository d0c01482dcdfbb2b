import Testing
@testable import TaskFlowGenerator

@Suite struct ScanReportTests {
    private var module: TestModule {
        var module = TestModule()
        module.type(nil, ["Database"], kind: "struct")
        module.function("""
             - Task: create
               - requires: size, volume_type as type
               - provides: id
               - version: 2.1
               - revert: destroy
            """, "createEntry", ["size: Int", "type: String", "_ name: String = \"x\"", "context: Ctx"], returns: "String",
            owner: ["Database"], isAsync: true, throwing: true)
        module.function(nil, "destroy", ["result: String?"], owner: ["Database"])
        module.function(" - Task: broken\n   - version: one", "broken", ["_: Int"])
        module.type(" - Flow: api\n   - tasks: create\n   - pattern: graph\n   - link: create -> create", ["API"])
        return module
    }

    @Test func listsEveryAnnotatedFunctionValidOrNot() {
        let scan = module.check().scan
        #expect(scan.tasks.map(\.name) == ["create", "broken"])
        let create = scan.tasks[0]
        #expect(create.function == "createEntry(size:type:_:context:)")
        #expect(create.owner == "Database")
        #expect(!create.isStatic)
        #expect((create.file, create.line, create.column) == ("Sources/M/M.swift", 7, 6))
        #expect(create.parameters[2] == ScannedParameter(label: nil, name: "name", type: "String", hasDefault: true))
        #expect(create.returnType == "String")
        #expect(create.isAsync && create.isThrowing)
        #expect(create.requires == ["size", "volume_type", "name"])
        #expect(create.provides == ["id"])
        #expect(create.version == "2.1")
        #expect(create.revert == "destroy")
        #expect(scan.tasks[1].version == "one")
        #expect(scan.tasks[1].owner == nil)
    }

    @Test func printsTheDocumentedJSONShapeWithStableKeyOrder() {
        let json = module.check().scan.json()
        #expect(json.hasPrefix("{\n  \"tasks\": [\n    {\n      \"name\": \"create\",\n      \"function\": \"createEntry(size:type:_:context:)\",\n      \"owner\": \"Database\",\n      \"isStatic\": false,\n      \"file\": \"Sources/M/M.swift\",\n      \"line\": 7,\n      \"column\": 6,\n      \"parameters\": [\n        {\n          \"label\": \"size\",\n          \"name\": \"size\",\n          \"type\": \"Int\",\n          \"hasDefault\": false\n        },"))
        #expect(json.contains("\"label\": null,\n          \"name\": \"name\""))
        #expect(json.contains("\"returnType\": \"String\",\n      \"isAsync\": true,\n      \"isThrowing\": true,\n      \"requires\": [\n        \"size\",\n        \"volume_type\",\n        \"name\"\n      ],\n      \"provides\": [\n        \"id\"\n      ],\n      \"version\": \"2.1\",\n      \"revert\": \"destroy\"\n    }"))
        #expect(json.contains("\"flows\": [\n    {\n      \"name\": \"api\",\n      \"type\": \"API\",\n      \"pattern\": \"graph\",\n      \"tasks\": [\n        \"create\"\n      ],\n      \"links\": [\n        {\n          \"from\": \"create\",\n          \"to\": \"create\"\n        }\n      ],\n      \"version\": \"1.0\",\n      \"isDurable\": false,\n      \"file\": "))
        #expect(json.contains("\"diagnostics\": [\n    {\n      \"severity\": \"error\",\n      \"file\": \"Sources/M/M.swift\",\n      \"line\": "))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func printsCompactJSONOnOneLine() {
        let json = module.check().scan.json(pretty: false)
        #expect(json.filter { $0 == "\n" }.count == 1)
        #expect(json.hasPrefix("{\"tasks\":[{\"name\":\"create\","))
    }

    @Test(arguments: [("a\"b", "\"a\\\"b\""), ("back\\slash", "\"back\\\\slash\""), ("line\nbreak\t", "\"line\\nbreak\\t\""),
                      ("\u{1}", "\"\\u0001\""), ("größe", "\"größe\"")])
    func escapesStrings(text: String, expected: String) {
        #expect(JSONValue.string(text).rendered(indent: nil) == expected)
    }

    @Test func reportsFlowValidityAndDataFlow() throws {
        let scan = module.check().scan
        let flow = try #require(scan.flows.first)
        #expect(!flow.isValid)
        #expect((flow.line, flow.column) == (12, 5))
        #expect(flow.outputs == ["id"])
    }
}
