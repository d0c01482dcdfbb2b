import TaskFlowGenerator

/// `taskflow-gen diagram`: each flow as a Mermaid or DOT diagram.
enum DiagramCommand {
    /// Prints every valid flow's diagram (separated by blank lines), or writes one file per flow
    /// named `<flow name>.mmd` / `.dot` into the output directory.
    /// - Returns: The exit status: failure when any diagnostic is an error (the flows without
    ///   errors are still drawn).
    /// - Throws: When a source cannot be read or a diagram cannot be written.
    static func run(_ options: Invocation.DiagramOptions) throws -> Int32 {
        let checked = checkSources(moduleName: "Module", sources: try SourceLoader.load(options.sources))
        StandardError.report(checked.diagnostics)
        var printed: [String] = []
        for flow in checked.module.flows {
            let diagram = drawDiagram(of: flow, format: options.format)
            if let directory = options.outputDirectory {
                try writeOutputFile(diagram, to: directory + "/" + flow.flow.name + "." + options.format.fileExtension)
            } else {
                printed.append(diagram)
            }
        }
        if !printed.isEmpty { print(printed.joined(separator: "\n"), terminator: "") }
        return checked.diagnostics.containsError ? Tool.failure : Tool.success
    }
}
