extension FlowEmitter {
    /// Writes `Inputs`: one `var` per required input, one optional `var` per optional input,
    /// and a memberwise initialiser whose optional inputs default to `nil`.
    func writeInputs(into writer: inout SourceWriter) {
        let fields = flow.inputs.map { (name: $0.name, type: qualified(SwiftSyntaxText.storable($0.type)), optional: false) }
            + flow.optionalInputs.map { (name: $0.name, type: qualified(SwiftSyntaxText.optional($0.type)), optional: true) }
        writer.docComment("The values a run of `\(flow.flow.name)` starts from.")
        writer.block("\(api)struct Inputs: Sendable {") { body in
            for field in fields {
                body.line("\(api)var \(SwiftSyntaxText.identifier(field.name)): \(field.type)")
            }
            if !fields.isEmpty { body.line() }
            writeInitializer(fields, into: &body)
        }
    }

    /// Writes a memberwise initialiser of the API's access level: on one line when it fits,
    /// else one parameter per line. Optional fields default to `nil`. The body assigns each
    /// field to the property of its name, unless `assignments` writes it.
    func writeInitializer(
        _ fields: [(name: String, type: String, optional: Bool)], into writer: inout SourceWriter,
        assignments: ((inout SourceWriter) -> Void)? = nil
    ) {
        let parameters = fields.map {
            "\(SwiftSyntaxText.identifier($0.name)): \($0.type)\($0.optional ? " = nil" : "")"
        }
        let signature = "\(api)init(\(parameters.joined(separator: ", "))) {"
        let body = assignments ?? { writeAssignments(fields.map(\.name), into: &$0) }
        if fields.isEmpty {
            writer.line("\(api)init() {}")
        } else if signature.utf8.count <= 88 {
            writer.block(signature, body)
        } else {
            writer.line("\(api)init(")
            writer.indented { list in
                for (index, parameter) in parameters.enumerated() {
                    list.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            writer.block(") {", body)
        }
    }

    private func writeAssignments(_ names: [String], into writer: inout SourceWriter) {
        for name in names {
            let identifier = SwiftSyntaxText.identifier(name)
            writer.line("self.\(identifier) = \(identifier)")
        }
    }

    /// Writes `State`: one optional property per symbol and per revert result, split into part
    /// structs when there are too many for one struct.
    func writeState(into writer: inout SourceWriter) {
        writer.docComment("Every symbol of `\(flow.flow.name)`, and the results its reverts need.")
        if state.properties.isEmpty {
            writer.line("\(stateStruct) State: \(stateConformances) {}")
            return
        }
        writer.block("\(stateStruct) State: \(stateConformances) {") { body in
            guard state.isSplit else {
                writeProperties(state.properties[...], into: &body)
                return
            }
            let parts = state.parts
            for index in parts.indices {
                body.line("var part\(index) = Part\(index)()")
            }
            for (index, part) in parts.enumerated() {
                body.line()
                body.docComment("Properties \(part.startIndex + 1)–\(part.endIndex) of the state.")
                body.block("\(stateStruct) Part\(index): \(stateConformances) {") { body in
                    writeProperties(part, into: &body)
                }
            }
        }
    }

    /// `Sendable`, and `Codable` for a durable flow, whose state goes into a journal.
    private var stateConformances: String { flow.flow.isDurable ? "Sendable, Codable" : "Sendable" }

    /// `nonisolated struct` for a durable flow: the engine encodes and decodes its state outside
    /// any actor, and in a module isolated to the main actor by default a plain `struct`'s
    /// `Codable` conformance would be isolated to the main actor.
    private var stateStruct: String { flow.flow.isDurable ? "nonisolated struct" : "struct" }

    private func writeProperties(_ properties: ArraySlice<StateLayout.Property>, into writer: inout SourceWriter) {
        for property in properties {
            writer.line("var \(SwiftSyntaxText.identifier(property.name)): \(qualified(property.type))")
        }
    }
}
