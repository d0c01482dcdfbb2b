extension FlowEmitter {
    /// Whether `Outputs` reads its values from the run's final state, checked by functions of a
    /// few outputs each, instead of storing one `let` per output: a struct initialised output
    /// by output costs the compiler's definite-initialisation pass time quadratic in the number
    /// of outputs (1,000 took most of a minute).
    var outputsReadFromState: Bool { flow.outputs.count > Self.literalTaskLimit }

    /// Writes `Outputs`: one `let` per provided symbol (memberwise-initialised by `run`), or
    /// for many outputs one property per symbol read from the final state.
    ///
    /// A public or package flow's `Outputs` also gets an initialiser of that level (Swift's
    /// memberwise one is internal), so that other modules can make one, e.g. to stand in for a
    /// run in their tests.
    func writeOutputs(into writer: inout SourceWriter) {
        writer.docComment("The values a successful run of `\(flow.flow.name)` provides.")
        if flow.outputs.isEmpty {
            guard !api.isEmpty else { return writer.line("struct Outputs: Sendable {}") }
            writer.block("\(api)struct Outputs: Sendable {") { body in body.line("\(api)init() {}") }
            return
        }
        guard outputsReadFromState else { return writeStoredOutputs(into: &writer) }
        writer.block("\(api)struct Outputs: Sendable {") { body in writeOutputsReadFromState(into: &body) }
    }

    /// The name and type of each output's property.
    private var outputFields: [(name: String, type: String)] {
        flow.outputs.map { (name: $0.name, type: qualified(SwiftSyntaxText.storable($0.type))) }
    }

    private func writeStoredOutputs(into writer: inout SourceWriter) {
        let fields = outputFields
        writer.block("\(api)struct Outputs: Sendable {") { body in
            for field in fields {
                body.line("\(api)let \(SwiftSyntaxText.identifier(field.name)): \(field.type)")
            }
            guard !api.isEmpty else { return }
            body.line()
            writeInitializer(fields.map { ($0.name, $0.type, false) }, into: &body)
        }
    }

    /// The body of a large `Outputs`: the state, a property per output, the memberwise
    /// initialiser, `init(checking:)` and the functions it checks the state with.
    private func writeOutputsReadFromState(into body: inout SourceWriter) {
        var names = LocalNames(reserved: Set(flow.outputs.map(\.name)))
        let values = names.local(for: "values")
        let checks = ChunkTree(count: flow.outputs.count)
        body.docComment("The state the values are read from: the final state of a run that succeeded, or one `init(checking:)` found to hold every output.")
        body.line("private let \(values): State")
        body.line()
        for field in outputFields {
            let unwrap = SwiftSyntaxText.isOptional(field.type) ? "" : "!"
            body.line("\(api)var \(SwiftSyntaxText.identifier(field.name)): \(field.type) { \(values).\(state.path(field.name))\(unwrap) }")
        }
        body.line()
        writeInitializer(outputFields.map { ($0.name, $0.type, false) }, into: &body) { assignments in
            assignments.line("var \(values) = State()")
            for field in outputFields {
                assignments.line("\(values).\(state.path(field.name)) = \(SwiftSyntaxText.identifier(field.name))")
            }
            assignments.line("self.\(values) = \(values)")
        }
        body.line()
        body.docComment("The outputs of a run that succeeded with `final`: every task ran and stored what it provides.")
        body.block("fileprivate init(succeeded final: State) {") { initializer in
            initializer.line("\(values) = final")
        }
        body.line()
        body.docComment("The outputs of a run that ended in `final`.")
        body.line("///")
        body.docComment("- Throws: `MissingSymbolError` for the first output `final` lacks.")
        body.block("init(checking final: State) throws {") { initializer in
            initializer.line("try Self.\(checks.root.name("check"))(final)")
            initializer.line("\(values) = final")
        }
        checks.writeFunctions(
            base: "check",
            describe: { "Checks that `final` holds outputs \($0) to \($1)." },
            declaration: { "private static func \($0)(_ final: State) throws {" },
            into: &body,
            leaf: { range, statements in
                for output in flow.outputs[range] where !SwiftSyntaxText.isOptional(output.type) {
                    statements.line("_ = \(requireOutput(output))")
                }
            },
            inner: { calls, _, statements in
                for call in calls { statements.line("try \(call)(final)") }
            }
        )
    }

    /// `final.size!`: the output's value in the final state of a run that succeeded. Every task
    /// ran and stored what it provides, so a non-optional output is there; an optional one is
    /// as its task left it.
    func finalOutput(_ output: SymbolInfo) -> String {
        let path = "final.\(state.path(output.name))"
        return SwiftSyntaxText.isOptional(output.type) ? path : path + "!"
    }

    /// `try requireSymbol(final.size, "size")`: the output's value in a final state `init(checking:)`
    /// is given, which no run vouches for.
    func requireOutput(_ output: SymbolInfo) -> String {
        "try \(runtime("requireSymbol"))(final.\(state.path(output.name)), \(SwiftSyntaxText.stringLiteral(output.name)))"
    }
}
