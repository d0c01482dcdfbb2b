/// The notations `taskflow-gen diagram` can draw a flow in.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// A Mermaid flowchart (what GitHub and DocC render); the default.
    case mermaid
    /// Graphviz DOT.
    case dot

    /// The file extension a diagram in this format is saved with.
    public var fileExtension: String {
        switch self {
        case .mermaid: "mmd"
        case .dot: "dot"
        }
    }
}

/// Draws one flow.
/// - Parameters:
///   - flow: A checked flow.
///   - format: The notation.
/// - Returns: The diagram's text, ending with a newline.
public func drawDiagram(of flow: CheckedFlow, format: DiagramFormat) -> String {
    switch format {
    case .mermaid: MermaidDiagram(flow).text
    case .dot: DotDiagram(flow).text
    }
}
