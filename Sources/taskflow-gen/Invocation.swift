import TaskFlowGenerator

/// What the command line asks for, parsed by hand (the package has no dependencies).
enum Invocation {
    /// Options of `generate`.
    struct GenerateOptions {
        var output: String
        var moduleName: String
        /// The lock file to check against; `nil`, or a path where no file is, checks nothing.
        var lock: String?
        var sources: [String]
    }

    /// Options of `check` and `lock`.
    struct CheckOptions {
        var moduleName: String
        /// The lock file: checked against by `check`, written by `lock`.
        var lock: String?
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
    /// `check`: every check of `generate`, writing nothing.
    case check(CheckOptions)
    /// `lock`: write or update the target's entry in a lock file.
    case lock(CheckOptions)
    case scan([String])
    case diagram(DiagramOptions)
    /// `runs --journal DIR`: list the runs of a `FileJournal` directory.
    case runs(journal: String)

    static let usage = """
        usage: taskflow-gen generate --output FILE [--module NAME] [--lock FILE] SOURCES...
               taskflow-gen check [--module NAME --lock FILE] SOURCES...
               taskflow-gen lock --module NAME --lock FILE SOURCES...
               taskflow-gen scan [--json] SOURCES...
               taskflow-gen diagram [--format mermaid|dot] [--output DIR] SOURCES...
               taskflow-gen runs --journal DIR

          generate  check the flows annotated in SOURCES and write their wiring to FILE
                    (written only when its content changes; nothing is written on error);
                    with --lock, durable flows and their tasks are checked against the lock
                    file FILE (entry NAME), when it exists
          check     run every check of generate (the lock file's too) and write nothing
          lock      write or update the entry NAME of the lock file FILE: the versions and
                    fingerprints of the durable flows in SOURCES and their tasks
          scan      print what was found (tasks, flows, diagnostics) as one JSON object
          diagram   print each flow as a Mermaid (default) or DOT diagram, or write one file
                    per flow into DIR
          runs      list the durable runs recorded in the FileJournal directory DIR: id, flow,
                    state, start and last update (UTC), oldest first

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
            var lock: String?
            while let option = try parser.nextOption() {
                switch option {
                case "--output", "-o": output = try parser.value(for: option)
                case "--module": moduleName = try parser.value(for: option)
                case "--lock": lock = try parser.value(for: option)
                default: throw UsageError(message: "unknown option '\(option)' for generate")
                }
            }
            guard let output else { throw UsageError(message: "generate needs --output FILE") }
            self = .generate(GenerateOptions(
                output: output, moduleName: moduleName ?? Self.moduleName(fromOutput: output), lock: lock,
                sources: parser.operands))
        case "check", "lock":
            var moduleName: String?
            var lock: String?
            while let option = try parser.nextOption() {
                switch option {
                case "--module": moduleName = try parser.value(for: option)
                case "--lock": lock = try parser.value(for: option)
                default: throw UsageError(message: "unknown option '\(option)' for \(command)")
                }
            }
            if command == "lock" || lock != nil {
                guard let moduleName, lock != nil else {
                    throw UsageError(message: "\(command) needs --module NAME and --lock FILE together")
                }
                let options = CheckOptions(moduleName: moduleName, lock: lock, sources: parser.operands)
                self = command == "lock" ? .lock(options) : .check(options)
            } else {
                self = .check(CheckOptions(moduleName: moduleName ?? "Module", lock: nil, sources: parser.operands))
            }
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
        case "runs":
            var journal: String?
            while let option = try parser.nextOption() {
                guard option == "--journal" else { throw UsageError(message: "unknown option '\(option)' for runs") }
                journal = try parser.value(for: option)
            }
            guard let journal, parser.operands.isEmpty else { throw UsageError(message: "runs needs --journal DIR and nothing else") }
            self = .runs(journal: journal)
        default:
            throw UsageError(message: "unknown command '\(command)'; use generate, check, lock, scan, diagram or runs")
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
