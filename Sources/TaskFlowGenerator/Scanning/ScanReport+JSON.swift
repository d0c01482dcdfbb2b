extension ScanReport {
    /// The report as JSON: one object `{"tasks": [...], "flows": [...], "diagnostics": [...]}`,
    /// pretty-printed with two-space indentation and a final newline, keys in the documented
    /// order (never sorted by a hash), so equal reports print byte-identical text.
    /// - Parameter pretty: Pretty-print (the default) or print on one line.
    /// - Returns: The JSON text.
    public func json(pretty: Bool = true) -> String {
        let value = JSONValue.object([
            ("tasks", .array(tasks.map(\.jsonValue))),
            ("flows", .array(flows.map(\.jsonValue))),
            ("diagnostics", .array(diagnostics.map(\.jsonValue))),
        ])
        return value.rendered(indent: pretty ? "" : nil) + "\n"
    }
}

extension ScannedTask {
    var jsonValue: JSONValue {
        .object([
            ("name", .string(name)),
            ("function", .string(function)),
            ("owner", .optional(owner)),
            ("isStatic", .bool(isStatic)),
            ("file", .string(file)),
            ("line", .number(line)),
            ("column", .number(column)),
            ("parameters", .array(parameters.map { parameter in
                .object([
                    ("label", .optional(parameter.label)),
                    ("name", .string(parameter.name)),
                    ("type", .string(parameter.type)),
                    ("hasDefault", .bool(parameter.hasDefault)),
                ])
            })),
            ("returnType", .optional(returnType)),
            ("isAsync", .bool(isAsync)),
            ("isThrowing", .bool(isThrowing)),
            ("requires", .array(requires.map(JSONValue.string))),
            ("provides", .array(provides.map(JSONValue.string))),
            ("version", .string(version)),
            ("revert", .optional(revert)),
        ])
    }
}

extension ScannedFlow {
    var jsonValue: JSONValue {
        .object([
            ("name", .string(name)),
            ("type", .string(type)),
            ("pattern", .string(pattern)),
            ("tasks", .array(tasks.map(JSONValue.string))),
            ("links", .array(links.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
            ("version", .string(version)),
            ("isDurable", .bool(isDurable)),
            ("file", .string(file)),
            ("line", .number(line)),
            ("column", .number(column)),
            ("inputs", .array(inputs.map(JSONValue.string))),
            ("optionalInputs", .array(optionalInputs.map(JSONValue.string))),
            ("outputs", .array(outputs.map(JSONValue.string))),
            ("isValid", .bool(isValid)),
        ])
    }
}

extension Diagnostic {
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("severity", .string(severity.rawValue)),
            ("file", .string(location.file)),
            ("line", .number(location.line)),
            ("column", .number(location.column)),
            ("message", .string(message)),
        ]
        if !notes.isEmpty { members.append(("notes", .array(notes.map(\.jsonValue)))) }
        return .object(members)
    }
}
