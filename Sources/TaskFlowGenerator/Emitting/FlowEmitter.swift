/// Writes the section of the generated file for one flow: its `// MARK:`, the quoted
/// annotation, and an `extension` with `Inputs`, `Outputs`, `State`, `metadata`, `diagram`,
/// `makeFlow`, `run` and one adapter per task and revert.
///
/// The shape is fixed by `Docs/GeneratedCode.md`; each part is written by one file
/// `FlowEmitter+Part.swift`.
struct FlowEmitter {
    /// The flow being written.
    let flow: CheckedFlow
    /// Where each state property lives.
    let state: StateLayout
    /// The names of each task's adapters and result property.
    let names: GeneratedNames
    /// The module the generated file belongs to (used to reach a free function or a type that a
    /// generated member would otherwise hide).
    let moduleName: String
    /// The runtime types the module's own types hide: named `TaskFlow.<name>`.
    let hiddenRuntimeNames: Set<String>

    /// Flows with more tasks (or outputs) than this build their metadata, node tree and
    /// outputs with a ``ChunkTree`` of small functions instead of one literal per flow: a
    /// 100-element literal of metadata costs the type checker far more than five of 20, and
    /// one function per flow would cost the optimizer time quadratic in the flow's size.
    static let literalTaskLimit = ChunkTree.size

    /// Prepares to write `flow`.
    init(_ flow: CheckedFlow, moduleName: String, hiddenRuntimeNames: Set<String> = []) {
        self.flow = flow
        self.names = GeneratedNames(tasks: flow.tasks.map(\.name))
        self.state = StateLayout(flow, names: names)
        self.moduleName = moduleName
        self.hiddenRuntimeNames = hiddenRuntimeNames
    }

    /// How generated code names the runtime type `name`: `Engine`, or `TaskFlow.Engine` when a
    /// type of the module hides it.
    func runtime(_ name: String) -> String {
        hiddenRuntimeNames.contains(name) ? "TaskFlow.\(name)" : name
    }

    /// The context type tasks receive: the flow's, or `Void`.
    var contextType: String { flow.contextType.map(qualified) ?? "Void" }

    /// `public ` or `package ` before each member of the flow's generated API when the flow's
    /// type has that level; nothing for an internal flow.
    var api: String { flow.flow.access > .internal ? flow.flow.access.keyword + " " : "" }

    /// Whether `makeFlow` and `metadata` are built by chunk functions.
    var buildsStepwise: Bool { flow.tasks.count > Self.literalTaskLimit }

    /// Writes the whole section.
    func write(into writer: inout SourceWriter) {
        writer.line("// MARK: - \(flow.flow.name)")
        writer.line()
        // A flow declared inside `#if` exists only where its conditions hold; so does its code.
        let conditions = flow.flow.conditions
        if !conditions.isEmpty { writer.line("#if \(CompilationCondition.conjunction(conditions))") }
        defer { if !conditions.isEmpty { writer.line("#endif") } }
        for line in quotedAnnotation { writer.line(line) }
        writer.block("extension \(flow.flow.typeName) {") { body in
            writeInputs(into: &body)
            body.line()
            writeOutputs(into: &body)
            body.line()
            writeState(into: &body)
            body.line()
            writeMetadata(into: &body)
            body.line()
            writeDiagram(into: &body)
            body.line()
            writeMakeFlow(into: &body)
            writeSharedFlow(into: &body)
            body.line()
            writeRun(into: &body)
            body.line()
            if flow.flow.isDurable {
                writeResume(into: &body)
                body.line()
            }
            body.line("// MARK: Adapters")
            for (index, task) in flow.tasks.enumerated() {
                body.line()
                writeExecute(task, index: index, into: &body)
                if let revert = task.revert {
                    body.line()
                    writeRevert(revert, of: task, into: &body)
                }
            }
        }
    }

    /// The flow's annotation as `//` lines, its common indentation removed.
    private var quotedAnnotation: [String] {
        let isBlank = { (character: Character) -> Bool in character == " " || character == "\t" }
        let lines: [String] = flow.flow.annotationText.map { line in
            String(line.reversed().drop(while: isBlank).reversed())
        }
        let indentations: [Int] = lines.filter { !$0.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }
        let indentation = indentations.min() ?? 0
        return lines.map { (line: String) -> String in line.isEmpty ? "//" : "// \(line.dropFirst(indentation))" }
    }

    // MARK: - Names

    /// Names generated inside the flow's extension: a type or free function the user gave one
    /// of these names must be qualified with the module name to be reached from there.
    static let generatedMemberNames: Set<String> = [
        "Inputs", "Outputs", "State", "metadata", "diagram", "makeFlow", "sharedFlow", "run", "resume",
    ]

    /// `type` with every unqualified use of a generated member's name (`State`, `Inputs`, …)
    /// qualified with the module name, so that it still names the user's type inside the
    /// extension.
    func qualified(_ type: String) -> String {
        guard Self.generatedMemberNames.contains(where: { type.utf8.count >= $0.utf8.count && type.contains($0) }) else {
            return type
        }
        var output = ""
        var word = ""
        var previous: Character = " "
        func flush() {
            if Self.generatedMemberNames.contains(word) && previous != "." {
                output += moduleName + "." + word
            } else {
                output += word
            }
            if let last = word.last { previous = last }
            word = ""
        }
        for character in type {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                flush()
                output.append(character)
                previous = character
            }
        }
        flush()
        return output
    }

    /// The owner parameters of `makeFlow` and `run` as a parameter list (`database: Database`).
    var ownerParameters: [String] {
        flow.owners.map { "\(SwiftSyntaxText.identifier($0.name)): \(qualified($0.type))" }
    }

    /// The owner arguments passed on, e.g. `database: database`.
    var ownerArguments: String {
        flow.owners.map {
            let name = SwiftSyntaxText.identifier($0.name)
            return "\(name): \(name)"
        }.joined(separator: ", ")
    }

    /// The owner parameter a function's instance method is called on.
    func owner(of function: FunctionReference) -> OwnerParameter? {
        let type = function.owner.joined(separator: ".")
        return flow.owners.first { $0.type == type }
    }
}
