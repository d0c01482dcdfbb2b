/// A flow drawn in Graphviz DOT: what `taskflow-gen diagram --format dot` prints.
struct DotDiagram {
    /// The diagram's lines.
    let lines: [String]

    /// Draws `flow`.
    init(_ flow: CheckedFlow) {
        let graph = FlowGraph(flow)
        var lines = ["digraph \(Self.quoted(flow.flow.name)) {"]
        lines.append("    node [shape=box];")
        Self.append(graph.root, depth: 1, to: &lines)
        for edge in graph.edges {
            var attributes: [String] = []
            if !edge.label.isEmpty { attributes.append("label=\(Self.quoted(edge.label))") }
            if edge.isLink { attributes.append("style=dashed") }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("    \(edge.from) -> \(edge.to)\(suffix);")
        }
        lines.append("}")
        self.lines = lines
    }

    /// The diagram as text, ending with a newline.
    var text: String { lines.map { $0 + "\n" }.joined() }

    private static func append(_ cluster: FlowGraph.Cluster, depth: Int, to lines: inout [String]) {
        let indentation = String(repeating: "    ", count: depth)
        lines.append("\(indentation)subgraph cluster_\(cluster.id) {")
        lines.append("\(indentation)    label=\(quoted(cluster.title));")
        for member in cluster.members {
            switch member {
            case .task(let id, let label):
                lines.append("\(indentation)    \(id) [label=\(quoted(label))];")
            case .cluster(let nested):
                append(nested, depth: depth + 1, to: &lines)
            }
        }
        lines.append("\(indentation)}")
    }

    /// A DOT double-quoted string.
    private static func quoted(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
