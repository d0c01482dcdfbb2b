import PackagePlugin

/// What `swift package taskflow …` was asked to do.
struct CommandRequest {
    /// The subcommands.
    enum Verb: String, CaseIterable {
        /// Write one diagram per flow.
        case diagram
        /// Print what the generator found, as JSON.
        case scan
        /// Run every check without building, the lock file's included.
        case check
        /// Write or update `taskflow.lock` beside `Package.swift`.
        case lock
        /// List the durable runs recorded in a `FileJournal` directory.
        case runs
    }

    /// The subcommand.
    var verb: Verb
    /// The targets to work on; empty for all.
    var targetNames: [String]
    /// The diagram format: `mermaid` or `dot`.
    var format: String
    /// Where diagrams go; `nil` for the plugin's work directory.
    var outputDirectory: String?
    /// The `FileJournal` directory `runs` lists.
    var journalDirectory: String?

    static let usage = """
        usage: swift package taskflow diagram [--target T] [--format mermaid|dot] [--output DIR]
               swift package taskflow scan [--target T]
               swift package taskflow check [--target T]
               swift package taskflow lock [--target T]
               swift package taskflow runs --journal DIR
        """

    /// Parses the arguments after `taskflow`.
    /// - Throws: ``CommandUsageError`` for an unknown subcommand, option or format.
    init(arguments: [String]) throws {
        var extractor = ArgumentExtractor(arguments)
        targetNames = extractor.extractOption(named: "target")
        let formats = extractor.extractOption(named: "format")
        let outputs = extractor.extractOption(named: "output")
        let journals = extractor.extractOption(named: "journal")
        let rest = extractor.remainingArguments
        guard let first = rest.first, let verb = Verb(rawValue: first) else {
            throw CommandUsageError(message: rest.first.map { "unknown subcommand '\($0)'" } ?? "missing subcommand")
        }
        guard rest.count == 1 else {
            throw CommandUsageError(message: "unexpected argument '\(rest[1])'")
        }
        guard formats.count <= 1, outputs.count <= 1 else {
            throw CommandUsageError(message: "give --format and --output at most once")
        }
        guard verb == .diagram || (formats.isEmpty && outputs.isEmpty) else {
            throw CommandUsageError(message: "--format and --output apply to diagram only")
        }
        guard (verb == .runs) == (journals.count == 1) else {
            throw CommandUsageError(
                message: verb == .runs ? "runs needs --journal DIR, once" : "--journal applies to runs only")
        }
        guard verb != .runs || targetNames.isEmpty else {
            throw CommandUsageError(message: "runs reads a journal, not targets: --target does not apply")
        }
        let format = formats.first ?? "mermaid"
        guard format == "mermaid" || format == "dot" else {
            throw CommandUsageError(message: "unknown format '\(format)'; use mermaid or dot")
        }
        self.verb = verb
        self.format = format
        self.outputDirectory = outputs.first
        self.journalDirectory = journals.first
    }
}

/// A command line the plugin cannot run, with what to write instead.
struct CommandUsageError: Error, CustomStringConvertible {
    var message: String

    var description: String { "\(message)\n\(CommandRequest.usage)" }
}

/// The generator reported problems in some targets (its diagnostics were printed above).
struct CommandFailure: Error, CustomStringConvertible {
    var verb: CommandRequest.Verb
    var targets: [String]

    var description: String {
        guard !targets.isEmpty else { return "taskflow \(verb.rawValue) failed; see the error above" }
        return "taskflow \(verb.rawValue) failed for \(targets.joined(separator: ", ")); see the diagnostics above"
    }
}
