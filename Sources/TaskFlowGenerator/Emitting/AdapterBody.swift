/// The statements of one adapter: read the arguments from the state in one `store.read`, call
/// the user's function (once per combination of present optional arguments), and store what
/// it returned in one `store.write`.
struct AdapterBody {
    /// One value read from the state.
    struct Read {
        /// The local constant it is bound to.
        var local: String
        /// The expression inside `store.read { … }`, e.g. `try requireSymbol($0.size, "size")`.
        var expression: String
        /// Whether `expression` can throw.
        var throwsError: Bool
    }

    /// One argument of the call.
    struct Argument {
        /// The argument label, `nil` for none.
        var label: String?
        /// The value passed.
        var value: String
        /// Whether the argument is left out when `value` (an optional local) is `nil`, so that
        /// the parameter's default value is used.
        var isOmittedWhenNil: Bool
    }

    /// How the call's return value is used.
    enum ResultUse {
        /// The function returns nothing.
        case none
        /// The value is not used: `_ = …`.
        case discarded
        /// The value is bound to `result` for the writes.
        case bound
    }

    /// Values to read, in parameter order.
    var reads: [Read] = []
    /// The function called, e.g. `database.createEntry`.
    var callee: String
    /// Its arguments in order.
    var arguments: [Argument] = []
    /// Whether the call needs `try`.
    var isThrowing: Bool
    /// Whether the call is awaited, and how.
    var effect: CallEffect
    /// How generated code names the runtime's `maybeIsolated` (qualified when the module hides it).
    var maybeIsolated: String
    /// How the return value is used.
    var resultUse: ResultUse
    /// Assignments inside `store.write { … }`, e.g. `$0.size = result`.
    var writes: [String] = []

    /// Writes the statements.
    func write(into writer: inout SourceWriter) {
        writeReads(into: &writer)
        let optionals = arguments.filter(\.isOmittedWhenNil).map(\.value)
        switch resultUse {
        case .none: writeCall(optionals[...], present: [], first: "", leaf: "", into: &writer)
        case .discarded: writeCall(optionals[...], present: [], first: "", leaf: "_ = ", into: &writer)
        case .bound: writeCall(optionals[...], present: [], first: "let result = ", leaf: "", into: &writer)
        }
        switch writes.count {
        case 0: break
        case 1: writer.line("store.write { \(writes[0]) }")
        default: writer.block("store.write {") { body in for line in writes { body.line(line) } }
        }
    }

    private func writeReads(into writer: inout SourceWriter) {
        guard !reads.isEmpty else { return }
        let tryKeyword = reads.contains(where: \.throwsError) ? "try " : ""
        if reads.count == 1 {
            writer.line("let \(reads[0].local) = \(tryKeyword)store.read { \(reads[0].expression) }")
            return
        }
        let locals = "(" + reads.map(\.local).joined(separator: ", ") + ")"
        writer.block("let \(locals) = \(tryKeyword)store.read {") { body in
            let tuple = "(" + reads.map(\.expression).joined(separator: ", ") + ")"
            if tuple.utf8.count <= 100 {
                body.line(tuple)
                return
            }
            body.block("(", closing: ")") { list in
                for (index, read) in reads.enumerated() {
                    list.line(read.expression + (index == reads.count - 1 ? "" : ","))
                }
            }
        }
    }

    /// Writes the call, branching on each optional argument in turn: `if let name { call with
    /// it } else { call without it }`.
    private func writeCall(
        _ optionals: ArraySlice<String>, present: Set<String>, first: String, leaf: String,
        into writer: inout SourceWriter
    ) {
        guard let optional = optionals.first else {
            writer.line(first + leaf + call(present: present))
            return
        }
        var withIt = present
        withIt.insert(optional)
        writer.line("\(first)if let \(optional) {")
        writer.indented { body in writeCall(optionals.dropFirst(), present: withIt, first: "", leaf: leaf, into: &body) }
        writer.line("} else {")
        writer.indented { body in writeCall(optionals.dropFirst(), present: present, first: "", leaf: leaf, into: &body) }
        writer.line("}")
    }

    /// The call expression with the optional arguments in `present`.
    private func call(present: Set<String>) -> String {
        let passed = arguments.filter { !$0.isOmittedWhenNil || present.contains($0.value) }
        let list = passed.map { argument in
            argument.label.map { "\(SwiftSyntaxText.argumentLabel($0)): \(argument.value)" } ?? argument.value
        }
        let call = callee + "(" + list.joined(separator: ", ") + ")"
        let tryKeyword = isThrowing ? "try " : ""
        return switch effect {
        case .plain: tryKeyword + call
        case .awaited: tryKeyword + "await " + call
        case .awaitedIfIsolated: tryKeyword + "await " + maybeIsolated + "(" + call + ")"
        }
    }
}
