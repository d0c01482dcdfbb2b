/// A JSON value with object keys in a fixed order, rendered deterministically.
enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// `string` or `null`.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as JSON text: pretty-printed with two-space indentation when `indent` is given
    /// (the indentation of the current level), compact otherwise.
    func rendered(indent: String?) -> String {
        var output = ""
        write(to: &output, indent: indent)
        return output
    }

    private func write(to output: inout String, indent: String?) {
        switch self {
        case .string(let text): writeString(text, to: &output)
        case .number(let number): output += String(number)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            let inner = indent.map { $0 + "  " }
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                if let inner { output += "\n" + inner }
                element.write(to: &output, indent: inner)
            }
            if let indent { output += "\n" + indent }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            let inner = indent.map { $0 + "  " }
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { output += "," }
                if let inner { output += "\n" + inner }
                writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                value.write(to: &output, indent: inner)
            }
            if let indent { output += "\n" + indent }
            output += "}"
        }
    }

    private func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
