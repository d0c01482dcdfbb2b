import TaskFlowGenerator

/// A usage mistake on the command line, with a message saying what to write instead.
struct UsageError: Error {
    var message: String
}

/// What the command line asks for, parsed by hand (the package has no dependencies).
enum Invocation {
    /// Options of `generate`.
    struct GenerateOptions {
        var output: String
        var moduleName: String
        var sources: [String]
    }

    /// Options of `diagram`.
    struct DiagramOptions {
        var format: DiagramFormat
        var outputDirectory: String?
        var sources: [String]
    }

    case help
    case generate(GenerateOptions)
    case scan([String])
    case diagram(DiagramOptions)

    static let usage = """
        usage: taskflow-gen generate --output FILE [--module NAME] SOURCES...
               taskflow-gen scan [--json] SOURCES...
               taskflow-gen diagram [--format mermaid|dot] [--output DIR] SOURCES...

          generate  check the flows annotated in SOURCES and write their wiring to FILE
                    (written only when its content changes; nothing is written on error)
          scan      print what was found (tasks, flows, diagnostics) as one JSON object
          diagram   print each flow as a Mermaid (default) or DOT diagram, or write one file
                    per flow into DIR

        SOURCES may include @FILE: a response file listing one argument per line.
        Exit status: 0 on success, 1 when an error was reported, 2 for a usage mistake.

        """

    /// Parses the arguments after the program name (response files already expanded).
    /// - Throws: ``UsageError`` for an unknown command or option, or a missing value.
    init(arguments: [String]) throws(UsageError) {
        guard let command = arguments.first else { throw UsageError(message: "missing command") }
        var parser = OptionParser(Array(arguments.dropFirst()))
        switch command {
        case "-h", "--help", "help":
            self = .help
        case "generate":
            var output: String?
            var moduleName: String?
            while let option = try parser.nextOption() {
                switch option {
                case "--output", "-o": output = try parser.value(for: option)
                case "--module": moduleName = try parser.value(for: option)
                default: throw UsageError(message: "unknown option '\(option)' for generate")
                }
            }
            guard let output else { throw UsageError(message: "generate needs --output FILE") }
            self = .generate(GenerateOptions(
                output: output, moduleName: moduleName ?? Self.moduleName(fromOutput: output),
                sources: parser.operands))
        case "scan":
            while let option = try parser.nextOption() {
                guard option == "--json" else { throw UsageError(message: "unknown option '\(option)' for scan") }
            }
            self = .scan(parser.operands)
        case "diagram":
            var format = DiagramFormat.mermaid
            var outputDirectory: String?
            while let option = try parser.nextOption() {
                switch option {
                case "--format":
                    let value = try parser.value(for: option)
                    guard let chosen = DiagramFormat(rawValue: value) else {
                        throw UsageError(message: "unknown diagram format '\(value)'; use mermaid or dot")
                    }
                    format = chosen
                case "--output", "-o": outputDirectory = try parser.value(for: option)
                default: throw UsageError(message: "unknown option '\(option)' for diagram")
                }
            }
            self = .diagram(DiagramOptions(format: format, outputDirectory: outputDirectory, sources: parser.operands))
        default:
            throw UsageError(message: "unknown command '\(command)'; use generate, scan or diagram")
        }
    }

    /// `Volumes` for `…/Volumes.taskflow.swift`: the plugin's naming, so `--module` can be left out.
    static func moduleName(fromOutput output: String) -> String {
        let file = output.split(separator: "/").last.map(String.init) ?? output
        for suffix in [".taskflow.swift", ".swift"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return String(file.dropLast(suffix.count))
        }
        return file
    }
}

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
