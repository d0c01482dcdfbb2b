/// Walks arguments, separating options (`--name value`, `--name=value`) from operands;
/// `--` ends the options.
struct OptionParser {
    private var arguments: ArraySlice<String>
    private var pendingValue: String?
    /// The operands seen so far (source paths).
    private(set) var operands: [String] = []

    init(_ arguments: [String]) { self.arguments = arguments[...] }

    /// The next option's name, or `nil` when only operands remain (they are then all in
    /// ``operands``).
    mutating func nextOption() throws(UsageError) -> String? {
        if let pendingValue { throw UsageError(message: "unexpected value '\(pendingValue)'") }
        while let argument = arguments.popFirst() {
            if argument == "--" {
                operands += arguments
                arguments = []
                return nil
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                operands.append(argument)
                continue
            }
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                pendingValue = String(argument[argument.index(after: equals)...])
                return String(argument[..<equals])
            }
            return argument
        }
        return nil
    }

    /// The value of `option`: what followed `=`, or the next argument.
    mutating func value(for option: String) throws(UsageError) -> String {
        if let value = pendingValue {
            pendingValue = nil
            return value
        }
        guard let value = arguments.popFirst() else { throw UsageError(message: "\(option) needs a value") }
        return value
    }
}
