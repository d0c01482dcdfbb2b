import Testing
@testable import TaskFlowGenerator

@Suite struct DiagramTests {
    @Test func aLinearFlowIsAChainInMermaid() {
        #expect(drawDiagram(of: ExampleModule.flow, format: .mermaid) == """
            flowchart TD
                subgraph f0 ["create_volume_api (linear)"]
                    t0["validate"]
                    t1["reserve_quota"]
                    t2["create_entry"]
                end
                t0 --> t1
                t1 --> t2

            """)
    }

    @Test func aLinearFlowIsAChainInDot() {
        #expect(drawDiagram(of: ExampleModule.flow, format: .dot) == """
            digraph "create_volume_api" {
                node [shape=box];
                subgraph cluster_f0 {
                    label="create_volume_api (linear)";
                    t0 [label="validate"];
                    t1 [label="reserve_quota"];
                    t2 [label="create_entry"];
                }
                t0 -> t1;
                t1 -> t2;
            }

            """)
    }

    /// fetch → (compile, lint) → package, inside a linear flow: prepare → graph → publish.
    static let nested: CheckedFlow = {
        func task(_ name: String, requires: [String], provides: [String]) -> TaskModel {
            SyntheticFlows.task(
                name,
                arguments: requires.map { .symbol(label: $0, symbol: $0, type: "Int", isOptional: false) },
                returnType: provides.isEmpty ? nil : "Int",
                provides: provides.map { SyntheticFlows.provided($0) })
        }
        let tasks = [
            task("prepare", requires: [], provides: ["url"]),
            task("fetch", requires: ["url"], provides: ["source"]),
            task("compile", requires: ["source"], provides: ["binary"]),
            task("lint", requires: ["source"], provides: ["warnings"]),
            task("package", requires: ["binary", "warnings"], provides: ["artifact"]),
            task("publish", requires: ["artifact"], provides: []),
        ]
        var flow = SyntheticFlows.single(tasks[0], inputs: [])
        flow.tasks = tasks
        let link = FlowLinkModel(from: "compile", to: "lint", location: SyntheticFlows.at(1))
        flow.structure = .flow(name: "single", pattern: .linear, links: [], children: [
            .task(0),
            .flow(name: "build", pattern: .graph, links: [link], children: [.task(4), .task(3), .task(2), .task(1)]),
            .task(5),
        ])
        return flow
    }()

    @Test func aGraphFlowLabelsDataArrowsAndDashesLinks() {
        #expect(drawDiagram(of: Self.nested, format: .mermaid) == """
            flowchart TD
                subgraph f0 ["single (linear)"]
                    t0["prepare"]
                    subgraph f1 ["build (graph)"]
                        t4["package"]
                        t3["lint"]
                        t2["compile"]
                        t1["fetch"]
                    end
                    t5["publish"]
                end
                t2 -->|binary| t4
                t3 -->|warnings| t4
                t1 -->|source| t3
                t1 -->|source| t2
                t2 -.-> t3
                t0 --> t1
                t4 --> t5

            """)
    }

    @Test func dotDrawsTheSameArrows() {
        let dot = drawDiagram(of: Self.nested, format: .dot)
        #expect(dot.contains("    subgraph cluster_f1 {\n            label=\"build (graph)\";"))
        #expect(dot.contains("    t2 -> t4 [label=\"binary\"];\n"))
        #expect(dot.contains("    t2 -> t3 [style=dashed];\n"))
        #expect(dot.contains("    t0 -> t1;\n    t4 -> t5;\n}\n"))
    }
}
