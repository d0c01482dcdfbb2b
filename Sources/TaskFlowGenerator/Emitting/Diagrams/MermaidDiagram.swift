/// A flow drawn as a Mermaid flowchart: what `F.diagram` holds and `taskflow-gen diagram`
/// prints by default.
struct MermaidDiagram {
    /// The diagram's lines, without indentation of the whole.
    let lines: [String]

    /// Draws `flow`.
    init(_ flow: CheckedFlow) {
        let graph = FlowGraph(flow)
        var lines = ["flowchart TD"]
        Self.append(graph.root, depth: 1, to: &lines)
        for edge in graph.edges {
            let arrow = edge.isLink ? "-.->" : "-->"
            let label = edge.label.isEmpty ? "" : "|\(Self.escaped(edge.label))|"
            lines.append("    \(edge.from) \(arrow)\(label) \(edge.to)")
        }
        self.lines = lines
    }

    /// The diagram as text, ending with a newline.
    var text: String { lines.map { $0 + "\n" }.joined() }

    private static func append(_ cluster: FlowGraph.Cluster, depth: Int, to lines: inout [String]) {
        let indentation = String(repeating: "    ", count: depth)
        lines.append("\(indentation)subgraph \(cluster.id) [\"\(escaped(cluster.title))\"]")
        for member in cluster.members {
            switch member {
            case .task(let id, let label):
                lines.append("\(indentation)    \(id)[\"\(escaped(label))\"]")
            case .cluster(let nested):
                append(nested, depth: depth + 1, to: &lines)
            }
        }
        lines.append("\(indentation)end")
    }

    /// Text safe inside a quoted Mermaid label.
    private static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "#quot;"
            case "|": escaped += "#124;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
